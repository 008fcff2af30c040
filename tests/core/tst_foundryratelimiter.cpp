#include "foundry/FoundryRateLimiter.h"

#include <QElapsedTimer>
#include <QTest>

#include <memory>

using namespace std::chrono_literals;

// The shared token bucket. QTest::qWaitFor rather than QTRY_*: in Qt 6.8 those narrow a long to int
// and trip -Wconversion. Only lower bounds on time are asserted: a loaded machine may serve a
// waiter late, never early.
class TestFoundryRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void burstIsGrantedAtOnce();
    void waitersGetTokensAtTheRateInOrder();
    void destroyedWaiterCostsNoToken();
    void grantCanAskForTheNextToken();
    void grantsReportTheWait();
};

void TestFoundryRateLimiter::burstIsGrantedAtOnce()
{
    FoundryRateLimiter limiter(1, 3);
    QObject context;
    int granted = 0;
    for (int i = 0; i < 5; ++i)
        limiter.acquire(&context, [&granted] { ++granted; });
    // The bucket starts full: three callers go at once, two queue.
    QCOMPARE(granted, 3);
    QCOMPARE(limiter.granted(), 3u);
    QCOMPARE(limiter.waiting(), 2);
}

void TestFoundryRateLimiter::waitersGetTokensAtTheRateInOrder()
{
    // 20 tokens a second: one every 50 ms once the burst of 2 is used.
    FoundryRateLimiter limiter(20, 2);
    QObject context;
    QElapsedTimer clock;
    clock.start();
    QList<int> order;
    QList<qint64> grantedAtNs;
    for (int i = 0; i < 5; ++i)
        limiter.acquire(&context, [&, i] {
            order << i;
            grantedAtNs << clock.nsecsElapsed();
        });
    QCOMPARE(order, (QList<int>{0, 1}));
    QCOMPARE(limiter.waiting(), 3);
    QVERIFY(QTest::qWaitFor([&] { return order.size() == 5; }, 10s));
    QCOMPARE(order, (QList<int>{0, 1, 2, 3, 4}));
    QCOMPARE(limiter.waiting(), 0);
    QCOMPARE(limiter.granted(), 5u);
    // The n-th waiter beyond the burst has waited at least n intervals.
    for (int n = 1; n <= 3; ++n)
        QVERIFY2(grantedAtNs.at(1 + n) >= n * 50'000'000LL,
                 qPrintable(QStringLiteral("grant %1 after %2 ns").arg(1 + n).arg(grantedAtNs.at(1 + n))));
}

void TestFoundryRateLimiter::destroyedWaiterCostsNoToken()
{
    FoundryRateLimiter limiter(20, 1);
    QObject first;
    auto gone = std::make_unique<QObject>();
    QObject last;
    QStringList calls;
    limiter.acquire(&first, [&] { calls << QStringLiteral("first"); });
    limiter.acquire(gone.get(), [&] { calls << QStringLiteral("gone"); });
    limiter.acquire(&last, [&] { calls << QStringLiteral("last"); });
    QCOMPARE(limiter.waiting(), 2);
    gone.reset();
    QCOMPARE(limiter.waiting(), 1);
    QVERIFY(QTest::qWaitFor([&] { return calls.size() == 2; }, 10s));
    QCOMPARE(calls, (QStringList{QStringLiteral("first"), QStringLiteral("last")}));
    QCOMPARE(limiter.granted(), 2u);
    // Let a stray timer fire: the destroyed waiter is still never called.
    QTest::qWait(120);
    QCOMPARE(calls.size(), 2);
}

void TestFoundryRateLimiter::grantCanAskForTheNextToken()
{
    // A job that gets its token and at once needs another (a failed call followed by a revoke)
    // queues behind those already waiting, and is not served from inside its own callback.
    FoundryRateLimiter limiter(20, 1);
    QObject context;
    QStringList calls;
    limiter.acquire(&context, [&] { calls << QStringLiteral("first"); });
    limiter.acquire(&context, [&] {
        calls << QStringLiteral("a");
        limiter.acquire(&context, [&] { calls << QStringLiteral("a-again"); });
        QCOMPARE(limiter.waiting(), 2);
    });
    limiter.acquire(&context, [&] { calls << QStringLiteral("b"); });
    QCOMPARE(calls, QStringList{QStringLiteral("first")});
    QVERIFY(QTest::qWaitFor([&] { return calls.size() == 4; }, 10s));
    QCOMPARE(calls, (QStringList{QStringLiteral("first"), QStringLiteral("a"), QStringLiteral("b"),
                                 QStringLiteral("a-again")}));
}

void TestFoundryRateLimiter::grantsReportTheWait()
{
    // 20 tokens a second, burst 1: the first caller waits for nothing, the second about 50 ms,
    // the third about 100 ms. Each grant is reported with its caller, after the callback.
    FoundryRateLimiter limiter(20, 1);
    QObject first, second, third;
    QList<std::pair<QObject *, std::chrono::nanoseconds>> reports;
    connect(&limiter, &FoundryRateLimiter::tokenGranted, this,
            [&reports](QObject *context, std::chrono::nanoseconds waited) { reports.append({context, waited}); });
    int called = 0;
    for (QObject *context : {&first, &second, &third})
        limiter.acquire(context, [&called, &reports] {
            // Not reported yet: the report follows the callback.
            QCOMPARE(reports.size(), called);
            ++called;
        });
    QCOMPARE(reports.size(), 1);
    QCOMPARE(reports.at(0).first, &first);
    QVERIFY(reports.at(0).second < 50ms);
    QVERIFY(QTest::qWaitFor([&] { return reports.size() == 3; }, 10s));
    QCOMPARE(reports.at(1).first, &second);
    QCOMPARE(reports.at(2).first, &third);
    // Lower bounds only, with a little slack for the time acquire() itself took.
    QVERIFY2(reports.at(1).second >= 45ms, qPrintable(QString::number(reports.at(1).second.count())));
    QVERIFY2(reports.at(2).second >= 95ms, qPrintable(QString::number(reports.at(2).second.count())));
    QCOMPARE(limiter.totalWait(), reports.at(0).second + reports.at(1).second + reports.at(2).second);
}

QTEST_GUILESS_MAIN(TestFoundryRateLimiter)
#include "tst_foundryratelimiter.moc"
