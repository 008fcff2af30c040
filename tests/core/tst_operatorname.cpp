#include "jobs/OperatorName.h"

#include <QTest>

#include <pwd.h>
#include <unistd.h>

class TestOperatorName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownWithoutEnvironment();
};

// Services, sudo and CI often run without USER and LOGNAME; the journal must still say who ran a job.
void TestOperatorName::knownWithoutEnvironment()
{
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
        qunsetenv(variable);
    const QString name = OperatorName::ofThisAccount();
    QVERIFY(!name.isEmpty());
    const passwd *account = ::getpwuid(::geteuid());
    QCOMPARE(name, account ? QString::fromLocal8Bit(account->pw_name) : QStringLiteral("uid %1").arg(::geteuid()));
}

QTEST_GUILESS_MAIN(TestOperatorName)
#include "tst_operatorname.moc"
