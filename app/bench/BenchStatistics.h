#pragma once

#include <QList>

// Order statistics of a sample of durations, in milliseconds.
class BenchStatistics
{
public:
    explicit BenchStatistics(QList<double> values);

    bool isEmpty() const { return m_values.isEmpty(); }
    double median() const;
    // Nearest rank: the smallest value that at least 95% of the sample does not exceed.
    double p95() const;
    double max() const { return m_values.isEmpty() ? 0 : m_values.constLast(); }

private:
    QList<double> m_values;
};
