#include "BenchStatistics.h"

#include <algorithm>
#include <cmath>

BenchStatistics::BenchStatistics(QList<double> values)
    : m_values(std::move(values))
{
    std::sort(m_values.begin(), m_values.end());
}

double BenchStatistics::median() const
{
    if (m_values.isEmpty())
        return 0;
    const qsizetype n = m_values.size();
    return n % 2 ? m_values.at(n / 2) : (m_values.at(n / 2 - 1) + m_values.at(n / 2)) / 2;
}

double BenchStatistics::p95() const
{
    if (m_values.isEmpty())
        return 0;
    const auto rank = static_cast<qsizetype>(std::ceil(0.95 * static_cast<double>(m_values.size())));
    return m_values.at(std::clamp<qsizetype>(rank - 1, 0, m_values.size() - 1));
}
