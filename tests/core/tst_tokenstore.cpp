#include "foundry/TokenStore.h"

#include "TestMain.h"

#include <QObject>

namespace {

// The smallest real store: every environment's token is known at once.
class FixedTokenStore : public TokenStore
{
public:
    void read(const QString &environment, QObject *context, TokenRead done) override
    {
        answer(context, std::move(done), QCA::SecureArray(QByteArrayLiteral("token-") + environment.toLatin1()), {});
    }
};

} // namespace

// What every TokenStore promises its callers, whether it answers at once or after a keychain prompt.
class TestTokenStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void answerComesFromTheEventLoop();
    void noAnswerOnceTheContextIsGone();
    void readOnlyStoreRefusesToKeepTokens();
};

void TestTokenStore::answerComesFromTheEventLoop()
{
    FixedTokenStore store;
    QObject context;
    bool answered = false;
    QByteArray token;
    store.read(QStringLiteral("sandbox"), &context, [&](const QCA::SecureArray &read, const QString &problem) {
        answered = true;
        token = read.toByteArray();
        QVERIFY(problem.isEmpty());
    });
    // A caller may still be setting up when read() returns; the answer never arrives inside the call.
    QVERIFY(!answered);
    QVERIFY(QTest::qWaitFor([&answered] { return answered; }, 5000));
    QCOMPARE(token, QByteArrayLiteral("token-sandbox"));
}

void TestTokenStore::noAnswerOnceTheContextIsGone()
{
    FixedTokenStore store;
    auto context = std::make_unique<QObject>();
    bool answered = false;
    store.read(QStringLiteral("production"), context.get(), [&answered](const QCA::SecureArray &, const QString &) {
        answered = true;
    });
    context.reset();
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents();
    QVERIFY(!answered);
}

void TestTokenStore::readOnlyStoreRefusesToKeepTokens()
{
    FixedTokenStore store;
    QVERIFY(!store.canStore());
    QObject context;
    QStringList problems;
    store.store(QStringLiteral("production"), QCA::SecureArray(QByteArrayLiteral("secret")), &context,
                [&problems](const QString &problem) { problems << problem; });
    store.forget(QStringLiteral("production"), &context, [&problems](const QString &problem) { problems << problem; });
    QVERIFY(QTest::qWaitFor([&problems] { return problems.size() == 2; }, 5000));
    for (const QString &problem : std::as_const(problems)) {
        QVERIFY2(problem.contains(QLatin1String("production")), qPrintable(problem));
        QVERIFY2(!problem.contains(QLatin1String("secret")), qPrintable(problem));
    }
}

FOUNDRY_TEST_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
