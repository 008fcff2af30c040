#include "jobs/JournalSpool.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <functional>

namespace {

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("foundry-journal-spool-%1").arg(counter.fetchAndAddRelaxed(1));
}

// Integers as text: JSON numbers lose 64-bit IDs.
QJsonValue encode(const QVariant &value)
{
    if (value.isNull())
        return QJsonObject{{QStringLiteral("null"), true}};
    switch (value.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Bool:
        return QJsonObject{{QStringLiteral("integer"), QString::number(value.toLongLong())}};
    case QMetaType::Double:
        return QJsonObject{{QStringLiteral("real"), value.toDouble()}};
    case QMetaType::QByteArray:
        return QJsonObject{{QStringLiteral("bytes"), QString::fromLatin1(value.toByteArray().toBase64())}};
    default:
        return QJsonObject{{QStringLiteral("text"), value.toString()}};
    }
}

// realIdOf: the real ID behind a provisional one, 0 when there is none yet.
QVariant decode(const QJsonValue &value, const std::function<qint64(qint64)> &realIdOf, bool *known)
{
    const QJsonObject object = value.toObject();
    if (object.contains(QLatin1String("null")))
        return QVariant(QMetaType(QMetaType::QString));
    if (object.contains(QLatin1String("real")))
        return object.value(QLatin1String("real")).toDouble();
    if (object.contains(QLatin1String("bytes")))
        return QByteArray::fromBase64(object.value(QLatin1String("bytes")).toString().toLatin1());
    if (object.contains(QLatin1String("text")))
        return object.value(QLatin1String("text")).toString();
    const qint64 integer = object.value(QLatin1String("integer")).toString().toLongLong();
    if (integer >= 0)
        return integer;
    const qint64 realId = realIdOf(integer);
    *known = realId != 0;
    return realId;
}

} // namespace

JournalSpool::JournalSpool(QString path)
    : m_path(std::move(path))
    , m_connectionName(nextConnectionName())
{
}

JournalSpool::~JournalSpool()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
}

bool JournalSpool::open(QString *why)
{
    if (m_open)
        return true;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    QSqlQuery query(db);
    if (!db.open() || !query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
        || !query.exec(QStringLiteral("PRAGMA synchronous=FULL"))
        || !query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS entries (seq INTEGER PRIMARY KEY, entry TEXT NOT NULL "
                                      "UNIQUE, statement TEXT NOT NULL, entry_values TEXT NOT NULL, real_id INTEGER, "
                                      "handed_over INTEGER NOT NULL DEFAULT 0)"))
        // Every write asks whether entries wait: this finds them without reading those handed over.
        || !query.exec(QStringLiteral("CREATE INDEX IF NOT EXISTS entries_waiting ON entries(seq) WHERE handed_over = 0"))
        || !addMissingColumns(query) || !prune(query)) {
        *why = tr("the local spool %1 cannot be opened: %2")
                   .arg(m_path, db.isOpen() ? query.lastError().text() : db.lastError().text());
        return false;
    }
    m_open = true;
    return true;
}

bool JournalSpool::addMissingColumns(QSqlQuery &query)
{
    const auto has = [&query](const QString &column) {
        query.prepare(QStringLiteral("SELECT 1 FROM pragma_table_info('entries') WHERE name = ?"));
        query.addBindValue(column);
        return query.exec() && query.next();
    };
    if (!has(QStringLiteral("existing"))
        && (!query.exec(QStringLiteral("ALTER TABLE entries ADD COLUMN existing TEXT"))
            || !query.exec(QStringLiteral("ALTER TABLE entries ADD COLUMN existing_values TEXT"))))
        return false;
    if (has(QStringLiteral("handed_over_at")))
        return true;
    // A spool from before entries were pruned: what it handed over counts from now.
    return query.exec(QStringLiteral("ALTER TABLE entries ADD COLUMN handed_over_at TEXT"))
        && query.exec(QStringLiteral("UPDATE entries SET handed_over_at = '%1' WHERE handed_over = 1")
                          .arg(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)));
}

bool JournalSpool::prune(QSqlQuery &query)
{
    // A handed-over entry is kept only for the real ID behind its provisional one, which a job still
    // running in some process may name; no job runs for a week. The newest entry always stays, so that
    // SQLite never hands out a sequence number, and with it a provisional ID, a second time.
    query.prepare(QStringLiteral("DELETE FROM entries WHERE handed_over = 1 AND handed_over_at < ? "
                                 "AND seq < (SELECT max(seq) FROM entries)"));
    query.addBindValue(QDateTime::currentDateTimeUtc().addDays(-keepHandedOverDays).toString(Qt::ISODateWithMs));
    return query.exec();
}

bool JournalSpool::hasWaitingEntries() const
{
    if (!m_open)
        return false;
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    return query.exec(QStringLiteral("SELECT 1 FROM entries WHERE handed_over = 0 LIMIT 1")) && query.next();
}

qint64 JournalSpool::keep(const QList<Statement> &statements, QString *why)
{
    if (!m_open && !open(why))
        return 0;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.transaction()) {
        *why = tr("the local spool %1 cannot be written: %2").arg(m_path, db.lastError().text());
        return 0;
    }
    qint64 provisionalId = 0;
    for (const Statement &statement : statements) {
        provisionalId = insertEntry(statement, why);
        if (provisionalId == 0) {
            db.rollback();
            return 0;
        }
    }
    if (!db.commit()) {
        *why = tr("the local spool %1 cannot be written: %2").arg(m_path, db.lastError().text());
        db.rollback();
        return 0;
    }
    return provisionalId;
}

qint64 JournalSpool::insertEntry(const Statement &statement, QString *why)
{
    const auto encoded = [](const QVariantList &values) {
        QJsonArray array;
        for (const QVariant &value : values)
            array.append(encode(value));
        return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
    };
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("INSERT INTO entries (entry, statement, entry_values, existing, existing_values) "
                                 "VALUES (?, ?, ?, ?, ?) RETURNING seq"));
    query.addBindValue(QUuid::createUuid().toString(QUuid::WithoutBraces));
    query.addBindValue(statement.statement);
    query.addBindValue(encoded(statement.values));
    const bool findsItsRow = !statement.existing.isEmpty();
    query.addBindValue(findsItsRow ? QVariant(statement.existing) : QVariant(QMetaType(QMetaType::QString)));
    query.addBindValue(findsItsRow ? QVariant(encoded(statement.existingValues)) : QVariant(QMetaType(QMetaType::QString)));
    if (!query.exec() || !query.next()) {
        *why = tr("the local spool %1 cannot be written: %2").arg(m_path, query.lastError().text());
        return 0;
    }
    return -query.value(0).toLongLong();
}

qint64 JournalSpool::realId(qint64 provisionalId) const
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    query.prepare(QStringLiteral("SELECT real_id FROM entries WHERE seq = ? AND handed_over = 1"));
    query.addBindValue(-provisionalId);
    if (!m_open || !query.exec() || !query.next())
        return 0;
    return query.value(0).toLongLong();
}

bool JournalSpool::handOver(QSqlDatabase &db, QString *why)
{
    if (!m_open)
        return true;
    QSqlDatabase spool = QSqlDatabase::database(m_connectionName, false);
    struct Entry
    {
        qint64 seq = 0;
        QString id;
        QString statement;
        QJsonArray values;
        QString existing;
        QJsonArray existingValues;
    };
    QList<Entry> waiting;
    // The entries handed over in this transaction; those handed over before are looked up.
    QHash<qint64, qint64> realIds;
    const auto realIdOf = [this, &realIds](qint64 provisionalId) {
        const auto found = realIds.constFind(provisionalId);
        return found != realIds.constEnd() ? *found : realId(provisionalId);
    };
    {
        QSqlQuery read(spool);
        read.setForwardOnly(true);
        if (!read.exec(QStringLiteral("SELECT seq, entry, statement, entry_values, existing, existing_values FROM entries "
                                      "WHERE handed_over = 0 ORDER BY seq"))) {
            *why = tr("the local spool %1 cannot be read: %2").arg(m_path, read.lastError().text());
            return false;
        }
        while (read.next()) {
            waiting.append({read.value(0).toLongLong(), read.value(1).toString(), read.value(2).toString(),
                            QJsonDocument::fromJson(read.value(3).toString().toUtf8()).array(), read.value(4).toString(),
                            QJsonDocument::fromJson(read.value(5).toString().toUtf8()).array()});
        }
    }
    if (waiting.isEmpty())
        return true;

    QList<QPair<qint64, qint64>> handedOver;
    const auto abandon = [&db, why](const QString &reason) {
        db.rollback();
        *why = reason;
        return false;
    };
    if (!db.transaction()) {
        *why = db.lastError().text();
        return false;
    }
    for (const Entry &entry : std::as_const(waiting)) {
        QSqlQuery mark(db);
        mark.prepare(QStringLiteral("INSERT INTO spool_handovers (entry) VALUES (?) ON CONFLICT (entry) DO NOTHING "
                                    "RETURNING entry"));
        mark.addBindValue(entry.id);
        if (!mark.exec())
            return abandon(mark.lastError().text());
        qint64 realId = 0;
        if (mark.next()) {
            const auto prepared = [&](QSqlQuery &query, const QString &statement, const QJsonArray &values) {
                query.prepare(statement);
                for (const QJsonValue &value : values) {
                    bool known = true;
                    query.addBindValue(decode(value, realIdOf, &known));
                    if (!known)
                        return false;
                }
                return true;
            };
            const QString unknownStep = tr("entry %1 of the local spool names a step that is not in it").arg(entry.seq);
            // The row this INSERT makes, already made by the write whose answer was lost.
            QSqlQuery existing(db);
            if (!entry.existing.isEmpty()) {
                if (!prepared(existing, entry.existing, entry.existingValues))
                    return abandon(unknownStep);
                if (!existing.exec())
                    return abandon(existing.lastError().text());
            }
            if (existing.isActive() && existing.next()) {
                realId = existing.value(0).toLongLong();
            } else {
                QSqlQuery replay(db);
                if (!prepared(replay, entry.statement, entry.values))
                    return abandon(unknownStep);
                if (!replay.exec())
                    return abandon(replay.lastError().text());
                if (replay.isSelect() && replay.next())
                    realId = replay.value(0).toLongLong();
            }
            QSqlQuery result(db);
            result.prepare(QStringLiteral("UPDATE spool_handovers SET result_id = ? WHERE entry = ?"));
            result.addBindValue(realId);
            result.addBindValue(entry.id);
            if (!result.exec())
                return abandon(result.lastError().text());
        } else {
            QSqlQuery earlier(db);
            earlier.prepare(QStringLiteral("SELECT result_id FROM spool_handovers WHERE entry = ?"));
            earlier.addBindValue(entry.id);
            if (!earlier.exec() || !earlier.next())
                return abandon(earlier.lastError().text());
            realId = earlier.value(0).toLongLong();
        }
        realIds.insert(-entry.seq, realId);
        handedOver.append({entry.seq, realId});
    }
    if (!db.commit())
        return abandon(db.lastError().text());

    // Should this fail, the next hand-over finds every entry in spool_handovers and records none again.
    const QString handedOverAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QSqlQuery done(spool);
    spool.transaction();
    for (const auto &[seq, realId] : std::as_const(handedOver)) {
        done.prepare(QStringLiteral("UPDATE entries SET handed_over = 1, real_id = ?, handed_over_at = ? WHERE seq = ?"));
        done.addBindValue(realId);
        done.addBindValue(handedOverAt);
        done.addBindValue(seq);
        done.exec();
    }
    spool.commit();
    return true;
}
