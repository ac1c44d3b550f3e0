#pragma once

#include "core/domain/Enums.h"
#include "core/domain/Ward.h"
#include "ui/common/EditorDialog.h"
#include "ui/common/Figures.h"
#include "ui/common/Inputs.h"
#include "ui/common/ThemeChecklist.h"
#include "ui/common/WardPicker.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <functional>
#include <optional>
#include <type_traits>
#include <vector>

/// How the text of a text field goes into the record.
enum class TextRead {
    Trimmed, ///< Without white space at either end.
    AsTyped, ///< Exactly as typed.
    Simplified, ///< Trimmed, and each run of white space inside it one space ("van  den" is "van den").
    UpperCase, ///< Trimmed and in capitals (a CBS code).
};

/// A member of a member, for the field makers of FieldEditor: `nested<&Initiative::followUp, &FollowUp::owner>`
/// reaches `initiative.followUp.owner`.
template<auto Outer, auto Inner> inline constexpr auto nested = [](auto& record) -> auto&
{
    return (record.*Outer).*Inner;
};

/// An editor whose input widgets are bound to the members of one record of type T: QDataWidgetMapper for a plain
/// struct. One call per field makes the widget, gives it its object name, adds its form row (with the key its error
/// messages are shown under, FieldErrors) and registers its binding: how the record's value is loaded into the
/// widget and how the widget's value is stored back into a record. A member is named by a pointer to member
/// (`&Partner::name`) or by a generic lambda that returns a reference to it (`nested`); a field the makers do not
/// cover (a value made of several widgets, a list read from text) is bound with field() and its own load and store.
///
/// The editor holds the record it starts from (record()); the concrete editor presets what a new record takes
/// from where it was opened, makes its fields and then calls load(). OK reads a copy of that record through every
/// binding in the order the fields were made (read()), lets check() add the record's own problems, and hands the
/// result to commit(): by default kept in record(), for the caller to take (a KPI or a measurement edited in
/// memory); RecordEditor saves it through its repository.
template<typename T> class FieldEditor : public EditorDialog
{
public:
    /// The record: as the editor started it, or as last accepted.
    const T& record() const { return m_record; }
    /// Whether the record is a new one (no stored or listed record yet).
    bool isNew() const { return m_new; }

protected:
    FieldEditor(T record, bool isNew, QWidget* parent)
        : EditorDialog(parent)
        , m_record(std::move(record))
        , m_new(isNew)
    {
    }
    ~FieldEditor() override
    {
        // Hiding the dialog (QDialog's destructor) moves the focus, and a field that loses it may signal a slot of
        // the editor (one that reads the fields): by then the editor and its bindings are gone.
        for (QObject* child : findChildren<QObject*>()) {
            QObject::disconnect(child, nullptr, this, nullptr);
        }
    }
    Q_DISABLE_COPY_MOVE(FieldEditor)

    /// The record to start from, to preset before load().
    T& record() { return m_record; }

    /// Loads record() into every bound widget, in the order the fields were made.
    void load() const
    {
        for (const Binding& b : m_bindings) {
            b.load(m_record);
        }
    }
    /// A copy of record() with every bound widget's value stored into it; input that cannot be read (a date, a
    /// number) adds a message to `errors` under the field's key.
    T read(QList<FieldError>& errors) const
    {
        T record = m_record;
        for (const Binding& b : m_bindings) {
            b.store(record, errors);
        }
        return record;
    }

    bool save(QList<FieldError>& errors) override
    {
        const T record = read(errors);
        check(record, errors);
        return commit(record, errors);
    }
    /// Adds the read record's own problems to `errors`, which hold those of the input so far. None by default.
    virtual void check(const T& record, QList<FieldError>& errors) const
    {
        Q_UNUSED(record);
        Q_UNUSED(errors);
    }
    /// Ends OK: false when there are errors; else keeps `record` as record() and returns true.
    virtual bool commit(const T& record, const QList<FieldError>& errors)
    {
        if (!errors.isEmpty()) {
            return false;
        }
        m_record = record;
        return true;
    }

    /// Where the rows made next go: the dialog's form (the default), its side column (sideForm()) or a form of the
    /// editor's own (in a group box, on a tab).
    void placeRowsIn(QFormLayout* form) { m_rows = form; }
    /// A row without a binding: `widget` (a fixed value, such as the initiative a role belongs to) under `label`,
    /// with its messages under `key`.
    void row(const QString& label, const QString& key, QWidget* widget)
    {
        addRow(m_rows ? m_rows : form(), label, key, widget);
    }
    /// Binds a widget that has no row of its own (a panel on a tab): `load(const T&)` and
    /// `store(T&, QList<FieldError>&)`.
    template<typename Load, typename Store> void bind(Load load, Store store)
    {
        m_bindings.push_back({std::move(load), std::move(store)});
    }
    /// The field every maker below makes: a row for `widget` under `label` (none when empty), with its messages
    /// under `key`, bound by `load(const T&)` and `store(T&, QList<FieldError>&)`.
    template<typename W, typename Load, typename Store>
    W* field(const QString& label, const QString& key, W* widget, Load load, Store store)
    {
        row(label, key, widget);
        bind(std::move(load), std::move(store));
        return widget;
    }

    /// A line edit for a text member.
    template<typename M>
    QLineEdit* lineEdit(const QString& label, const QString& key, const QString& objectName, M member,
                        TextRead how = TextRead::Trimmed)
    {
        auto* edit = named(new QLineEdit, objectName);
        return field(
            label, key, edit, [edit, member](const T& r) { edit->setText(get(member, r)); },
            [edit, member, how](T& r, QList<FieldError>&) { get(member, r) = readText(edit->text(), how); });
    }
    /// A text box of several lines for a text member; Tab moves on to the next field.
    template<typename M>
    QPlainTextEdit* textEdit(const QString& label, const QString& key, const QString& objectName, M member,
                             TextRead how)
    {
        auto* edit = named(new QPlainTextEdit, objectName);
        edit->setTabChangesFocus(true);
        return field(
            label, key, edit, [edit, member](const T& r) { edit->setPlainText(get(member, r)); },
            [edit, member, how](T& r, QList<FieldError>&) { get(member, r) = readText(edit->toPlainText(), how); });
    }
    /// A combo box with every value of an enum member (Enums::all, by Enums::label).
    template<typename M>
    QComboBox* enumBox(const QString& label, const QString& key, const QString& objectName, M member)
    {
        using E = Value<M>;
        auto* combo = named(new QComboBox, objectName);
        for (E value : Enums::all<E>()) {
            combo->addItem(Enums::label(value), int(value));
        }
        return field(
            label, key, combo,
            [combo, member](const T& r) { combo->setCurrentIndex(combo->findData(int(get(member, r)))); },
            [combo, member](T& r, QList<FieldError>&) { get(member, r) = E(combo->currentData().toInt()); });
    }
    /// A combo box that chooses a record by its id, for a member of type qint64 or std::optional<qint64> (id 0 is
    /// none). `fill(QComboBox*)` adds its items (text, id) before the row is made. An id the box does not list
    /// chooses its item of id 0 when it has one, else nothing.
    template<typename M, typename Fill>
    QComboBox* idBox(const QString& label, const QString& key, const QString& objectName, M member, Fill fill)
    {
        auto* combo = named(new QComboBox, objectName);
        fill(combo);
        return field(
            label, key, combo,
            [combo, member](const T& r) {
                const int index = combo->findData(qint64(toId(get(member, r))));
                combo->setCurrentIndex(index >= 0 ? index : combo->findData(qint64(0)));
            },
            [combo, member](T& r, QList<FieldError>&) { fromId(get(member, r), combo->currentData().toLongLong()); });
    }
    /// An idBox of `wards` (WardPicker: searchable, by name), after an item `first` of id 0 when that is not empty.
    template<typename M>
    QComboBox* wardBox(const QString& label, const QString& key, const QString& objectName, M member,
                       const QList<Ward>& wards, const QString& first = {})
    {
        return idBox(label, key, objectName, member,
                     [&wards, &first](QComboBox* combo) { WardPicker::fill(combo, wards, first); });
    }
    /// A date field (dd-mm-jjjj, with a calendar) for a QDate member; empty is no date. With `required`, empty
    /// adds that message.
    template<typename M>
    QLineEdit* dateEdit(const QString& label, const QString& key, const QString& objectName, M member,
                        const QString& required = {})
    {
        QLineEdit* edit = Inputs::makeDateLineEdit(objectName);
        return field(
            label, key, edit, [edit, member](const T& r) { Inputs::setDate(edit, get(member, r)); },
            [edit, member, key, required](T& r, QList<FieldError>& errors) {
                get(member, r) = Inputs::readDate(edit, key, errors);
                if (!required.isEmpty() && edit->text().trimmed().isEmpty()) {
                    errors.append({key, required});
                }
            });
    }
    /// An amount in euros for a member in euro cents; empty is 0.
    template<typename M>
    QLineEdit* amountEdit(const QString& label, const QString& key, const QString& objectName, M member)
    {
        auto* edit = named(new QLineEdit, objectName);
        return field(
            label, key, edit, [edit, member](const T& r) { Inputs::setAmount(edit, get(member, r)); },
            [edit, member, key](T& r, QList<FieldError>& errors) {
                get(member, r) = Inputs::readAmount(edit, key, errors);
            });
    }
    /// A number for a member of type int, double or their std::optional: whole numbers as Inputs reads them,
    /// decimals as Figures does (decimal comma or point). Empty is nullopt, or 0 for a plain member, whose field
    /// starts empty in a new record (the user enters it). `required` (decimals only) is the message for empty.
    template<typename M>
    QLineEdit* numberEdit(const QString& label, const QString& key, const QString& objectName, M member,
                          const QString& required = {})
    {
        using V = Value<M>;
        constexpr bool optional = IsOptional<V>::value;
        auto* edit = named(new QLineEdit, objectName);
        return field(
            label, key, edit,
            [this, edit, member](const T& r) {
                if constexpr (optional) {
                    setNumber(edit, get(member, r));
                } else {
                    setNumber(edit, m_new ? std::optional<V>() : std::optional<V>(get(member, r)));
                }
            },
            [edit, member, key, required](T& r, QList<FieldError>& errors) {
                using N = typename IsOptional<V>::Type;
                std::optional<N> value;
                if constexpr (std::is_integral_v<N>) {
                    value = Inputs::readOptionalInt(edit, key, errors);
                } else {
                    value = Figures::readNumber(edit, key, errors, required);
                }
                if constexpr (optional) {
                    get(member, r) = value;
                } else {
                    get(member, r) = value.value_or(N {});
                }
            });
    }
    /// A check box with `text` for a bool member (`label` is mostly empty: the text says it).
    template<typename M>
    QCheckBox* checkBox(const QString& label, const QString& key, const QString& objectName, M member,
                        const QString& text)
    {
        auto* box = named(new QCheckBox(text), objectName);
        return field(
            label, key, box, [box, member](const T& r) { box->setChecked(get(member, r)); },
            [box, member](T& r, QList<FieldError>&) { get(member, r) = box->isChecked(); });
    }
    /// The themes as check boxes, for a member that lists theme ids.
    template<typename M>
    ThemeChecklist* themeList(const QString& label, const QString& key, const QString& objectName, M member,
                              ThemeRepository& themes)
    {
        auto* list = named(new ThemeChecklist(themes), objectName);
        return field(
            label, key, list, [list, member](const T& r) { list->setCheckedIds(get(member, r)); },
            [list, member](T& r, QList<FieldError>&) { get(member, r) = list->checkedIds(); });
    }

    /// `widget` with `objectName`.
    template<typename W> static W* named(W* widget, const QString& objectName)
    {
        widget->setObjectName(objectName);
        return widget;
    }

private:
    struct Binding
    {
        std::function<void(const T&)> load;
        std::function<void(T&, QList<FieldError>&)> store;
    };
    template<typename V> struct IsOptional : std::false_type
    {
        using Type = V;
    };
    template<typename V> struct IsOptional<std::optional<V>> : std::true_type
    {
        using Type = V;
    };
    /// The type of the member `M` names.
    template<typename M> using Value = std::remove_cvref_t<std::invoke_result_t<M, T&>>;

    template<typename M, typename R> static decltype(auto) get(M member, R& record)
    {
        return std::invoke(member, record);
    }
    static qint64 toId(qint64 id) { return id; }
    static qint64 toId(const std::optional<qint64>& id) { return id.value_or(0); }
    static void fromId(qint64& member, qint64 id) { member = id; }
    static void fromId(std::optional<qint64>& member, qint64 id)
    {
        member = id > 0 ? std::optional<qint64>(id) : std::nullopt;
    }
    static void setNumber(QLineEdit* edit, const std::optional<int>& value) { Inputs::setOptionalInt(edit, value); }
    static void setNumber(QLineEdit* edit, const std::optional<double>& value) { Figures::setNumber(edit, value); }
    static QString readText(const QString& text, TextRead how)
    {
        switch (how) {
        case TextRead::AsTyped:
            return text;
        case TextRead::Simplified:
            return text.simplified();
        case TextRead::UpperCase:
            return text.trimmed().toUpper();
        case TextRead::Trimmed:
            break;
        }
        return text.trimmed();
    }

    T m_record;
    bool m_new;
    QFormLayout* m_rows = nullptr;
    std::vector<Binding> m_bindings;
};
