#include "base/BoundedFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

class TestBoundedFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsSmallFile();
    void readsEmptyFile();
    void refusesLargerThanLimit();
    void limitHoldsWhileReading();
    void refuses_data();
    void refuses();

private:
    QString write(const QString &name, const QByteArray &content);
    QTemporaryDir m_dir;
};

void TestBoundedFile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(::mkfifo(QFile::encodeName(m_dir.filePath(QStringLiteral("pipe"))).constData(), 0600) == 0);
}

QString TestBoundedFile::write(const QString &name, const QByteArray &content)
{
    QFile file(m_dir.filePath(name));
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
        qFatal("cannot write %s", qPrintable(file.fileName()));
    return file.fileName();
}

void TestBoundedFile::readsSmallFile()
{
    QString error;
    const std::optional<QByteArray> content = BoundedFile::read(write(QStringLiteral("small"), "hello"), 5, &error);
    QVERIFY2(content, qPrintable(error));
    QCOMPARE(*content, QByteArray("hello"));
}

void TestBoundedFile::readsEmptyFile()
{
    QString error;
    const std::optional<QByteArray> content = BoundedFile::read(write(QStringLiteral("empty"), {}), 5, &error);
    QVERIFY2(content, qPrintable(error));
    QVERIFY(content->isEmpty());
}

void TestBoundedFile::refusesLargerThanLimit()
{
    QString error;
    QVERIFY(!BoundedFile::read(write(QStringLiteral("six"), "123456"), 5, &error));
    QVERIFY2(error.contains(QLatin1String("6 bytes")) && error.contains(QLatin1String("right file")), qPrintable(error));
}

// Files in /proc are regular files whose size says 0: only the limit kept while reading stops them.
void TestBoundedFile::limitHoldsWhileReading()
{
    const QString path = QStringLiteral("/proc/self/status");
    QString error;
    QVERIFY(!BoundedFile::read(path, 64, &error));
    QVERIFY2(error.contains(QLatin1String("grew past 64 bytes")), qPrintable(error));
    const std::optional<QByteArray> whole = BoundedFile::read(path, 1024 * 1024, &error);
    QVERIFY2(whole && whole->size() > 64, qPrintable(error));
}

void TestBoundedFile::refuses_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("complaint");

    // /dev/zero and /dev/urandom never end; a pipe with no writer never starts.
    QTest::newRow("endless zeros") << QStringLiteral("/dev/zero") << QStringLiteral("not a regular file");
    QTest::newRow("endless random") << QStringLiteral("/dev/urandom") << QStringLiteral("not a regular file");
    QTest::newRow("pipe without writer") << m_dir.filePath(QStringLiteral("pipe")) << QStringLiteral("not a regular file");
    QTest::newRow("folder") << m_dir.path() << QStringLiteral("is a folder");
    QTest::newRow("missing") << m_dir.filePath(QStringLiteral("missing")) << QStringLiteral("Check the path");
}

void TestBoundedFile::refuses()
{
    QFETCH(QString, path);
    QFETCH(QString, complaint);

    QString error;
    QVERIFY(!BoundedFile::read(path, 1024 * 1024, &error));
    QVERIFY2(error.contains(complaint), qPrintable(error));
    QVERIFY2(error.contains(path), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestBoundedFile)
#include "tst_boundedfile.moc"
