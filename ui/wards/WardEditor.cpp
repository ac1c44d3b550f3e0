#include "WardEditor.h"

using namespace Qt::StringLiterals;

WardEditor::WardEditor(Document& document, qint64 id, QWidget* parent)
    : RecordEditor(document, id, Document::Kind::Wards, tr("Add ward"), tr("Edit ward"), parent)
{
    setObjectName(u"wardEditor"_s);
    setWindowTitle(isNew() ? tr("New ward") : tr("Edit ward"));
    lineEdit(tr("CBS &code:"), u"code"_s, u"codeLineEdit"_s, &Ward::code, TextRead::UpperCase)
        ->setPlaceholderText(u"WK036301"_s);
    lineEdit(tr("&Name:"), u"name"_s, u"nameLineEdit"_s, &Ward::name);
    enumBox(tr("&Type:"), u"ward_type"_s, u"typeComboBox"_s, &Ward::type);
    numberEdit(tr("&Inhabitants:"), u"inhabitants"_s, u"inhabitantsLineEdit"_s, &Ward::inhabitants);
    numberEdit(tr("&Households:"), u"households"_s, u"householdsLineEdit"_s, &Ward::households);
    themeList(tr("Focus t&hemes:"), u"themes"_s, u"themesListWidget"_s, &Ward::themeIds, document.themes());
    textEdit(tr("Profile n&otes:"), u"notes"_s, u"notesPlainTextEdit"_s, &Ward::notes, TextRead::AsTyped)
        ->setPlaceholderText(tr("What makes this ward different"));
    load();
    resize(520, sizeHint().height());
}
