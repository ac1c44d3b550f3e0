#include "WardEditor.h"

#include "ui/Document.h"
#include "ui/common/Inputs.h"
#include "ui/common/SaveRecordCommand.h"
#include "ui/common/ThemeChecklist.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

WardEditor::WardEditor(Document& document, qint64 id, QWidget* parent)
    : EditorDialog(parent)
    , m_document(document)
    , m_original(id > 0 ? document.wards().find(id) : std::nullopt)
    , m_code(new QLineEdit)
    , m_name(new QLineEdit)
    , m_type(new QComboBox)
    , m_inhabitants(new QLineEdit)
    , m_households(new QLineEdit)
    , m_themes(new ThemeChecklist(document.themes()))
    , m_notes(new QPlainTextEdit)
{
    setObjectName(u"wardEditor"_s);
    setWindowTitle(m_original ? tr("Edit ward") : tr("New ward"));
    m_code->setObjectName(u"codeLineEdit"_s);
    m_code->setPlaceholderText(u"WK036301"_s);
    m_name->setObjectName(u"nameLineEdit"_s);
    m_type->setObjectName(u"typeComboBox"_s);
    m_inhabitants->setObjectName(u"inhabitantsLineEdit"_s);
    m_households->setObjectName(u"householdsLineEdit"_s);
    m_themes->setObjectName(u"themesListWidget"_s);
    m_notes->setObjectName(u"notesPlainTextEdit"_s);
    m_notes->setTabChangesFocus(true);
    m_notes->setPlaceholderText(tr("What makes this ward different"));
    for (WardType type : Enums::all<WardType>()) {
        m_type->addItem(Enums::label(type), QVariant::fromValue(int(type)));
    }

    addRow(tr("CBS &code:"), u"code"_s, m_code);
    addRow(tr("&Name:"), u"name"_s, m_name);
    addRow(tr("&Type:"), u"ward_type"_s, m_type);
    addRow(tr("&Inhabitants:"), u"inhabitants"_s, m_inhabitants);
    addRow(tr("&Households:"), u"households"_s, m_households);
    addRow(tr("Focus t&hemes:"), u"themes"_s, m_themes);
    addRow(tr("Profile n&otes:"), u"notes"_s, m_notes);

    const Ward w = m_original.value_or(Ward {});
    m_code->setText(w.code);
    m_name->setText(w.name);
    m_type->setCurrentIndex(m_type->findData(int(w.type)));
    Inputs::setOptionalInt(m_inhabitants, w.inhabitants);
    Inputs::setOptionalInt(m_households, w.households);
    m_themes->setCheckedIds(w.themeIds);
    m_notes->setPlainText(w.notes);
    resize(520, sizeHint().height());
}

bool WardEditor::save(QList<FieldError>& errors)
{
    Ward w = m_original.value_or(Ward {});
    w.code = m_code->text().trimmed().toUpper();
    w.name = m_name->text().trimmed();
    w.type = WardType(m_type->currentData().toInt());
    w.inhabitants = Inputs::readOptionalInt(m_inhabitants, u"inhabitants"_s, errors);
    w.households = Inputs::readOptionalInt(m_households, u"households"_s, errors);
    w.themeIds = m_themes->checkedIds();
    w.notes = m_notes->toPlainText();
    errors << m_document.wards().validate(w);
    return saveRecord<WardRepository>(m_document, Document::Kind::Wards, m_original, w, errors, tr("Add ward"),
                                      tr("Edit ward"));
}
