#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <deque>
#include <functional>

class QTimer;

// A token bucket for Foundry calls, shared by every lane of a station process: Foundry throttles per
// account, so lanes that each behaved well on their own could still exceed its rate together. A
// caller asks for a token and is called back once it has one; waiting is a timer, never a blocked
// thread, because all lanes share one event loop. Waiters are served first come, first served.
class FoundryRateLimiter : public QObject
{
    Q_OBJECT

public:
    // What a station's lanes share unless told otherwise: well above what a bench of serial devices
    // asks for (two calls per device, each device hundreds of milliseconds on the wire), so that
    // the limit only bites when something calls in a loop.
    static constexpr double defaultRatePerSecond = 50;
    static constexpr int defaultBurst = 8;

    // ratePerSecond tokens are added each second, up to burst (at least 1); the bucket starts full.
    FoundryRateLimiter(double ratePerSecond, int burst, QObject *parent = nullptr);

    double ratePerSecond() const { return m_rate; }
    int burst() const { return m_burst; }

    // Calls granted once a token is taken for it: at once when one is free and nobody waits before
    // it, else later from the event loop. Nothing is called once context is destroyed, and its
    // place in the queue costs no token.
    void acquire(QObject *context, std::function<void()> granted);

    // Callers waiting for a token.
    qsizetype waiting() const;
    // Tokens handed out since construction.
    quint64 granted() const { return m_granted; }
    // Time callers spent waiting for their tokens, all added up, since construction.
    std::chrono::nanoseconds totalWait() const { return m_totalWait; }

Q_SIGNALS:
    // A token was taken for context's caller after it waited this long (next to nothing when one
    // was free), and the caller has been called back; context may be gone by then and serves only
    // to tell callers apart. For measurements: nothing in the station needs it.
    void tokenGranted(QObject *context, std::chrono::nanoseconds waited);

private:
    void refill();
    void serveWaiters();
    void armTimer();

    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> granted;
        std::chrono::nanoseconds since{0};
    };

    double m_rate;
    int m_burst;
    double m_tokens;
    QElapsedTimer m_clock;
    std::chrono::nanoseconds m_lastRefill{0};
    std::deque<Waiter> m_waiters;
    QTimer *m_timer;
    quint64 m_granted = 0;
    std::chrono::nanoseconds m_totalWait{0};
    // A callback may ask for another token; serving must not recurse into itself.
    bool m_serving = false;
};
