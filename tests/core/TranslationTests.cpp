// The repositories' messages reach the user in Dutch: each is looked up at run time in the context lupdate filed it
// under (its class), so a message translated in the .ts file is also translated on screen.
#include "core/storage/AgreementRepository.h"
#include "core/storage/CriticalRoleRepository.h"
#include "core/storage/EvaluationRepository.h"
#include "core/storage/EventRepository.h"
#include "core/storage/FrameworkRepository.h"
#include "core/storage/GoalRepository.h"
#include "core/storage/InitiativeRepository.h"
#include "core/storage/InvolvementRepository.h"
#include "core/storage/KpiRepository.h"
#include "core/storage/NeedRepository.h"
#include "core/storage/OfferRepository.h"
#include "core/storage/ParticipationRepository.h"
#include "core/storage/PartnerRepository.h"
#include "core/storage/PersonRepository.h"
#include "core/storage/ThemeRepository.h"
#include "core/storage/WardRepository.h"
#include "tests/support/TempDatabase.h"

#include <QCoreApplication>
#include <QTranslator>
#include <catch2/catch.hpp>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace {

/// The translation the application ships, installed for the life of the object.
class DutchTranslation
{
public:
    DutchTranslation()
    {
        REQUIRE(m_translator.load(u":/i18n/wijkregie_nl.qm"_s));
        QCoreApplication::installTranslator(&m_translator);
    }
    ~DutchTranslation() { QCoreApplication::removeTranslator(&m_translator); }
    DutchTranslation(const DutchTranslation&) = delete;
    DutchTranslation& operator=(const DutchTranslation&) = delete;

private:
    QTranslator m_translator;
};

} // namespace

TEMPLATE_TEST_CASE("repositories_validationMessagesOfAnEmptyRecord_areTranslatedIntoDutch", "[i18n]", WardRepository,
                   PersonRepository, PartnerRepository, InitiativeRepository, InvolvementRepository,
                   AgreementRepository, KpiRepository, GoalRepository, ParticipationRepository, NeedRepository,
                   OfferRepository, EventRepository, CriticalRoleRepository, FrameworkRepository, ThemeRepository,
                   EvaluationRepository)
{
    using Record = std::remove_cvref_t<decltype(*std::declval<const TestType&>().find(qint64 {}))>;
    TempDatabase t;
    const TestType repository(*t.db);
    const QList<FieldError> english = repository.validate(Record {});
    REQUIRE_FALSE(english.isEmpty());

    const DutchTranslation dutch;
    const QList<FieldError> translated = repository.validate(Record {});
    REQUIRE(translated.size() == english.size());
    for (qsizetype i = 0; i < english.size(); ++i) {
        INFO(english.at(i).field.toStdString() + ": " + english.at(i).message.toStdString());
        CHECK(translated.at(i).field == english.at(i).field);
        CHECK(translated.at(i).message != english.at(i).message);
    }
}
