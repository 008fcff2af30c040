#include "foundry/TokenStore.h"

#include "TestMain.h"

#include <QObject>

namespace {

// The smallest real store: every environment's token is known at once.
class FixedTokenStore : public TokenStore
{
public:
    void read(const Secret &secret, QObject *context, TokenRead done) override
    {
        answer(context, std::move(done), QCA::SecureArray(QByteArrayLiteral("token-") + secret.name.toLatin1()), {});
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
    void readOnlyStoreNamesAJournalPasswordForWhatItIs();
    void tokenAndJournalPasswordNeverShareAKey();
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

void TestTokenStore::readOnlyStoreNamesAJournalPasswordForWhatItIs()
{
    FixedTokenStore store;
    QObject context;
    QString problem;
    store.store(TokenStore::Secret::journalPassword(QStringLiteral("bench07@db:5432/foundry")),
                QCA::SecureArray(QByteArrayLiteral("secret")), &context,
                [&problem](const QString &refused) { problem = refused; });
    QVERIFY(QTest::qWaitFor([&problem] { return !problem.isEmpty(); }, 5000));
    QVERIFY2(problem.contains(QLatin1String("bench07@db:5432/foundry")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("password")), qPrintable(problem));
    QVERIFY2(problem.contains(QLatin1String("PGPASSFILE")), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1String("token")), qPrintable(problem));
    QVERIFY2(!problem.contains(QLatin1String("secret")), qPrintable(problem));
}

// An environment may be named like a journal's account; its token still goes elsewhere.
void TestTokenStore::tokenAndJournalPasswordNeverShareAKey()
{
    const QString name = QStringLiteral("production");
    const TokenStore::Secret token(name);
    const TokenStore::Secret password = TokenStore::Secret::journalPassword(name);
    QCOMPARE(token.kind, TokenStore::Secret::Kind::AccessToken);
    QCOMPARE(password.kind, TokenStore::Secret::Kind::JournalPassword);
    QVERIFY(token.key() != password.key());
    QCOMPARE(token.key(), QStringLiteral("token/production"));
}

FOUNDRY_TEST_MAIN(TestTokenStore)
#include "tst_tokenstore.moc"
