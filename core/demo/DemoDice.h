#pragma once

#include <QRandomGenerator>
#include <initializer_list>

/// Seeded randomness with the few shapes the demo generator needs. Every part of the generator draws from its
/// own Dice (seeded from the demo's seed and a constant, or an initiative's id), so the records of one part do not
/// shift when another part changes.
class DemoDice
{
public:
    explicit DemoDice(quint32 seed)
        : m_gen(seed)
    {
    }
    /// A seed derived from the demo's seed and a stream number (an initiative's id, a constant per part).
    static quint32 mix(quint32 seed, quint64 stream)
    {
        quint64 x = (quint64(seed) << 32) ^ (stream * 0x9E3779B97F4A7C15ULL);
        x ^= x >> 33;
        x *= 0xFF51AFD7ED558CCDULL;
        x ^= x >> 33;
        return static_cast<quint32>(x);
    }

    /// A number in [low, high].
    int between(int low, int high)
    {
        return low + static_cast<int>(m_gen.bounded(static_cast<quint32>(high - low + 1)));
    }
    /// A number in [low, high).
    double real(double low, double high) { return low + m_gen.generateDouble() * (high - low); }
    bool chance(double p) { return m_gen.generateDouble() < p; }
    template<typename List> const auto& pick(const List& list)
    {
        return list.at(static_cast<qsizetype>(m_gen.bounded(static_cast<quint32>(list.size()))));
    }
    /// An index by weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int w : weights) {
            total += w;
        }
        int roll = between(0, total - 1);
        int index = 0;
        for (const int w : weights) {
            if (roll < w) {
                return index;
            }
            roll -= w;
            ++index;
        }
        return index - 1;
    }

private:
    QRandomGenerator m_gen;
};
