#pragma once

#include "simulator/StoredCredential.h"

#include <QJsonDocument>
#include <QList>
#include <QString>

#include <map>
#include <utility>

namespace Simulator {

// What a simulated device holds, ordered by tag and type, and mirrored into a JSON file after
// every change so that a test can compare it with what Foundry issued. Certificates are written
// in full; secrets are written as SHA-256 and length only.
class CredentialStore
{
public:
    // An empty path keeps the store in memory only.
    CredentialStore(QString path, QString profileName);

    // Reads the file if it exists; a missing file is an empty store.
    bool load(QString *error);
    // Empties the store and the file.
    bool clear(QString *error);

    const StoredCredential *find(quint32 tag, int type) const;
    QList<StoredCredential> all() const;
    qsizetype count() const { return qsizetype(m_items.size()); }

    // Adds or replaces; length and digest are computed from the bytes.
    bool put(StoredCredential credential, QString *error);
    bool remove(quint32 tag, int type, QString *error);

    // The file's content; the same JSON also answers the control interface.
    QByteArray toJson(QJsonDocument::JsonFormat format = QJsonDocument::Indented) const;

private:
    bool save(QString *error) const;

    QString m_path;
    QString m_profileName;
    std::map<std::pair<quint32, int>, StoredCredential> m_items;
};

} // namespace Simulator
