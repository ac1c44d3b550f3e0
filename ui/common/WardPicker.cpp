#include "WardPicker.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QLineEdit>
#include <QSignalBlocker>
#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace WardPicker {

QString caption(const Ward& ward)
{
    return ward.code.isEmpty() ? ward.name : u"%1 (%2)"_s.arg(ward.name, ward.code);
}

void fill(QComboBox* combo, QList<Ward> wards, const QString& first)
{
    const QVariant chosen = combo->currentData();
    std::sort(wards.begin(), wards.end(), [](const Ward& a, const Ward& b) {
        const int byName = QString::localeAwareCompare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.code < b.code;
    });
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (!first.isEmpty()) {
            combo->addItem(first, qint64(0));
        }
        for (const Ward& ward : std::as_const(wards)) {
            combo->addItem(caption(ward), ward.id);
        }
    }
    if (!combo->isEditable()) {
        combo->setEditable(true);
        combo->setInsertPolicy(QComboBox::NoInsert);
        QCompleter* completer = combo->completer();
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        completer->setCompletionMode(QCompleter::PopupCompletion);
        // Text that names no ward is not kept: leaving the field shows the ward still chosen.
        QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
            const int match = combo->findText(combo->currentText(), Qt::MatchFixedString);
            if (match >= 0) {
                combo->setCurrentIndex(match);
            } else {
                combo->setEditText(combo->itemText(combo->currentIndex()));
            }
        });
    }
    // A screen reader reaches the text field inside the combo box on its own: it carries the combo's name, or says
    // that it chooses a ward.
    const QString name = combo->accessibleName();
    combo->lineEdit()->setAccessibleName(name.isEmpty() ? QCoreApplication::translate("WardPicker", "Ward") : name);
    const int index = chosen.isValid() ? combo->findData(chosen) : -1;
    combo->setCurrentIndex(qMax(0, index));
}

} // namespace WardPicker
