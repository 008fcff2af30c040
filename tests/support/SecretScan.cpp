#include "SecretScan.h"

#include <QRegularExpression>

namespace SecretScan {

QStringList keyLikeRuns(const QString &text)
{
    static const QRegularExpression base64Run(QStringLiteral("[A-Za-z0-9+/]{48,}"));
    static const QRegularExpression upper(QStringLiteral("[G-Z]"));
    static const QRegularExpression lower(QStringLiteral("[g-z]"));
    QStringList runs;
    for (auto match = base64Run.globalMatch(text); match.hasNext();) {
        const QString run = match.next().captured();
        if (upper.match(run).hasMatch() && lower.match(run).hasMatch())
            runs << run;
    }
    return runs;
}

} // namespace SecretScan
