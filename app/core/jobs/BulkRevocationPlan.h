#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

class JobJournal;

// What a bulk revoke will do, row by row, before anything is sent: read from a CSV file that support
// staff were handed (a header line, then a certificate ID and a device ID per row) and checked
// against the station's journal. The file is foreign: it is read bounded (maxFileBytes, maxRows),
// only the documented shapes are taken, and every field a person sees is escaped where it is shown.
class BulkRevocationPlan
{
    Q_DECLARE_TR_FUNCTIONS(BulkRevocationPlan)

public:
    // A list of certificates to revoke is a few thousand rows at most; 1 MiB holds ten times that.
    static constexpr qsizetype maxFileBytes = 1024 * 1024;
    static constexpr int maxRows = 10000;
    // What of a malformed field is kept to show: enough to recognise it.
    static constexpr qsizetype maxShownFieldLength = 200;

    enum class Action {
        Revoke,         // the journal knows the certificate, on this device, and no revoke took it yet
        RevokeUnknown,  // the journal does not know the certificate: it is revoked anyway (see the .cpp)
        AlreadyRevoked, // the journal holds a revoke of it that ended done: skipped
        Duplicate,      // an earlier row names the same certificate: skipped
        OtherDevice,    // the journal has the certificate on another device: skipped, the file is wrong
        Malformed,      // not a row of the documented shape: skipped
    };

    struct Row
    {
        // Where the row starts in the file, counting the header as line 1.
        int line = 0;
        // Lowercase as AWS writes it once the row is well formed; otherwise the field as the file had
        // it (cut to maxShownFieldLength), to be escaped wherever it is shown.
        QString certificateId;
        QString deviceId;
        Action action = Action::Malformed;
        // Why the row is planned so, for a person: empty for a plain Revoke.
        QString reason;
    };

    // Reads the file at path (at most maxFileBytes, a regular file) and plans each row against
    // journal, which must be open. problem() says why when the file as a whole cannot be used.
    static BulkRevocationPlan fromFile(const QString &path, const JobJournal &journal);
    // The same for bytes already read.
    static BulkRevocationPlan fromBytes(const QByteArray &bytes, const JobJournal &journal);

    // Empty when the file could be planned; otherwise what is wrong with it and what to do.
    QString problem() const { return m_problem; }
    const QList<Row> &rows() const { return m_rows; }
    int count(Action action) const;
    // Rows that send a revoke to Foundry.
    int revokeCount() const { return count(Action::Revoke) + count(Action::RevokeUnknown); }
    static bool revokes(Action action) { return action == Action::Revoke || action == Action::RevokeUnknown; }
    // The action as the dry run shows it.
    static QString actionText(Action action);

    // The header's accepted names: "certificate_id" and "device_id" (also certId, cert_id, deviceId,
    // "certificate id", ... ignoring case, blanks, hyphens and underscores), in either order.
    static QString expectedHeader() { return QStringLiteral("certificate_id,device_id"); }

private:
    void plan(const QByteArray &bytes, const JobJournal &journal);
    void planRow(Row row, const JobJournal &journal);

    QString m_problem;
    QList<Row> m_rows;
};
