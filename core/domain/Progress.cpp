#include "Progress.h"

#include <algorithm>

std::optional<double> Progress::clamped() const
{
    if (!value) {
        return std::nullopt;
    }
    return std::clamp(*value, 0.0, 1.0);
}

Progress Progress::compute(const ProgressInput& input)
{
    Progress p;
    p.latest = input.latest;
    if (!input.latest) {
        return p;
    }
    std::optional<double> baseline = input.baseline;
    if (!baseline) {
        if (!input.first || input.measurementCount < 2) {
            return p;
        }
        baseline = input.first->value;
        p.baselineFromFirstMeasurement = true;
    }
    p.baselineUsed = baseline;

    const double sign = input.direction == Direction::Higher ? 1.0 : -1.0;
    const double needed = sign * (input.target - *baseline);
    const double latest = input.latest->value;
    if (needed <= 0.0) {
        p.value = sign * (latest - input.target) >= 0.0 ? 1.0 : 0.0;
    } else {
        p.value = sign * (latest - *baseline) / needed;
    }

    QDate start = input.periodStart;
    if (!start.isValid() && input.first) {
        start = input.first->date;
    }
    const QDate end = input.periodEnd;
    if (start.isValid() && end.isValid() && start < end) {
        const double elapsed = static_cast<double>(start.daysTo(input.latest->date)) / start.daysTo(end);
        p.expected = std::clamp(elapsed, 0.0, 1.0);
    }

    if (*p.value >= 1.0) {
        p.status = ProgressStatus::Achieved;
    } else if (p.expected ? *p.value < *p.expected - ProgressMargin : *p.value < 0.0) {
        p.status = ProgressStatus::OffTrack;
    } else {
        p.status = ProgressStatus::OnTrack;
    }
    return p;
}

ProgressInput Progress::inputFrom(std::optional<double> baseline, double target, Direction direction,
                                  const QList<Measurement>& measurements, const QDate& periodStart,
                                  const QDate& periodEnd, const QDate& referenceDate)
{
    ProgressInput in;
    in.baseline = baseline;
    in.target = target;
    in.direction = direction;
    in.periodStart = periodStart;
    in.periodEnd = periodEnd;
    const auto before = [](const Measurement& a, const Measurement& b) {
        return a.date != b.date ? a.date < b.date : a.id < b.id;
    };
    for (const Measurement& m : measurements) {
        if (!m.date.isValid() || (referenceDate.isValid() && m.date > referenceDate)) {
            continue;
        }
        ++in.measurementCount;
        if (!in.first || before(m, *in.first)) {
            in.first = m;
        }
        if (!in.latest || before(*in.latest, m)) {
            in.latest = m;
        }
    }
    return in;
}
