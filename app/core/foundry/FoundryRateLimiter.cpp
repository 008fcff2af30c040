#include "foundry/FoundryRateLimiter.h"

#include <QTimer>

#include <algorithm>
#include <cmath>

FoundryRateLimiter::FoundryRateLimiter(double ratePerSecond, int burst, QObject *parent)
    : QObject(parent)
    , m_rate(ratePerSecond > 0 ? ratePerSecond : 1)
    , m_burst(std::max(burst, 1))
    , m_tokens(m_burst)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    // A coarse timer may fire up to 5% early; the refill would then find no token and re-arm, which
    // is correct but wastes a wake-up per wait.
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, &FoundryRateLimiter::serveWaiters);
}

void FoundryRateLimiter::acquire(QObject *context, std::function<void()> granted)
{
    m_waiters.push_back({context, std::move(granted), std::chrono::nanoseconds(m_clock.nsecsElapsed())});
    serveWaiters();
}

qsizetype FoundryRateLimiter::waiting() const
{
    return std::count_if(m_waiters.cbegin(), m_waiters.cend(), [](const Waiter &waiter) { return !waiter.context.isNull(); });
}

void FoundryRateLimiter::refill()
{
    const std::chrono::nanoseconds now{m_clock.nsecsElapsed()};
    const double seconds = std::chrono::duration<double>(now - m_lastRefill).count();
    m_lastRefill = now;
    m_tokens = std::min(static_cast<double>(m_burst), m_tokens + seconds * m_rate);
}

void FoundryRateLimiter::serveWaiters()
{
    if (m_serving)
        return;
    m_serving = true;
    refill();
    while (!m_waiters.empty()) {
        if (m_waiters.front().context.isNull()) {
            m_waiters.pop_front();
            continue;
        }
        if (m_tokens < 1) {
            // Another caller's token may have been added while this loop ran callbacks.
            refill();
            if (m_tokens < 1)
                break;
        }
        m_tokens -= 1;
        ++m_granted;
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        const std::chrono::nanoseconds waited = std::chrono::nanoseconds(m_clock.nsecsElapsed()) - waiter.since;
        m_totalWait += waited;
        // Only an address by the time it is emitted: the callback may have destroyed the caller.
        QObject *const context = waiter.context.data();
        waiter.granted();
        Q_EMIT tokenGranted(context, waited);
    }
    m_serving = false;
    armTimer();
}

void FoundryRateLimiter::armTimer()
{
    if (m_waiters.empty()) {
        m_timer->stop();
        return;
    }
    // Rounded up, so that the timer never fires before the token exists.
    const auto wait = std::chrono::duration<double>((1 - m_tokens) / m_rate);
    m_timer->start(std::max(std::chrono::ceil<std::chrono::milliseconds>(wait), std::chrono::milliseconds{1}));
}
