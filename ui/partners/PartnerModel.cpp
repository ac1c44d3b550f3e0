#include "PartnerModel.h"

#include <QLocale>

PartnerModel::PartnerModel(PartnerRepository& repository, QObject* parent)
    : RepositoryModel(repository, parent)
{
    using namespace ListColumns;
    setColumns({
        text(QT_TR_NOOP("Partner"), &PartnerRow::name).withWidth(230),
        label(QT_TR_NOOP("Type"), &PartnerRow::type).withWidth(140),
        // The contact person's name, e-mail and phone: personal data, as in the partners table's export.
        text(QT_TR_NOOP("Contact person"), &PartnerRow::contactPerson, Personal::Yes).withWidth(170),
        text(QT_TR_NOOP("E-mail"), &PartnerRow::email, Personal::Yes).withWidth(220),
        text(QT_TR_NOOP("Phone"), &PartnerRow::phone, Personal::Yes).withWidth(120),
        {.title = QT_TR_NOOP("Agreements"),
         .shown = [](const PartnerRow& r) -> QVariant {
             return r.agreementCount == 0
                 ? QString()
                 : tr("%1 (%2 active)")
                       .arg(QLocale().toString(r.agreementCount), QLocale().toString(r.activeAgreementCount));
         },
         .exported = [](const PartnerRow& r) -> QVariant { return r.agreementCount; },
         .type = CsvType::Integer,
         .alignRight = true},
    });
}
