#pragma once

#include "core/risk/RiskTypes.h"

#include <QDialog>

class Document;
class QLabel;
class QTableWidget;

/// "What if this person stops?": the person's active initiatives with their score before and after, the ones that
/// move to high marked, at the document's reference date.
class WhatIfDialog final : public QDialog
{
    Q_OBJECT

public:
    WhatIfDialog(Document& document, qint64 personId, QWidget* parent = nullptr);

    const WhatIf& result() const { return m_whatIf; }

private:
    WhatIf m_whatIf;
    QLabel* m_summary;
    QTableWidget* m_table;
};
