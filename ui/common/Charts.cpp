#include "Charts.h"

#include "ui/common/Palette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QFont>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Charts {

QChart* newChart(const QString& title)
{
    auto* chart = new QChart;
    QFont font = chart->titleFont();
    font.setBold(true);
    font.setPointSizeF(11);
    chart->setTitleFont(font);
    chart->setTitle(title);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    return chart;
}

QBarSet* newSet(const QString& label, const QColor& color)
{
    auto* set = new QBarSet(label);
    set->setColor(color);
    set->setBorderColor(color.darker(130));
    set->setLabelColor(Palette::labelOn(color));
    return set;
}

QValueAxis* addHorizontalAxes(QChart* chart, QAbstractBarSeries* series, const QStringList& categories,
                              const QString& valueTitle)
{
    auto* y = new QBarCategoryAxis;
    QStringList reversed = categories;
    std::reverse(reversed.begin(), reversed.end());
    y->append(reversed);
    // The labels are short where they are made (shortened names, pseudonyms): never "..." on top of that.
    y->setTruncateLabels(false);
    auto* x = new QValueAxis;
    x->setLabelFormat(u"%d"_s);
    x->setTitleText(valueTitle);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(y);
    series->attachAxis(x);
    return x;
}

QString shorten(const QString& text, int length)
{
    return text.size() > length ? text.left(length - 1) + u'\u2026' : text;
}

} // namespace Charts
