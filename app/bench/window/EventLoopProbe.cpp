#include "EventLoopProbe.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

EventLoopProbe::EventLoopProbe(int intervalMs, QObject *parent)
    : QObject(parent)
    , m_intervalMs(intervalMs)
    , m_timer(new QTimer(this))
{
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(intervalMs);
    connect(m_timer, &QTimer::timeout, this, &EventLoopProbe::tick);
}

void EventLoopProbe::start()
{
    m_lateness.clear();
    m_clock.start();
    m_lastTickNs = 0;
    m_timer->start();
}

void EventLoopProbe::stop()
{
    m_timer->stop();
}

void EventLoopProbe::tick()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double sinceLast = double(now - m_lastTickNs) / 1e6;
    m_lastTickNs = now;
    m_lateness.append(std::max(0.0, sinceLast - m_intervalMs));
}

double EventLoopProbe::percentile(QList<double> samples, double share)
{
    if (samples.isEmpty())
        return 0;
    std::sort(samples.begin(), samples.end());
    const auto index = qsizetype(std::ceil(share * double(samples.size()))) - 1;
    return samples.at(std::clamp<qsizetype>(index, 0, samples.size() - 1));
}
