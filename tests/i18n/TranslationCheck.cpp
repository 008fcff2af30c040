// translation-check: are the window's translations complete and current?
//
// lupdate reads the sources (through the project file of the foundry_lupdate target) into copies
// of the .ts files in a temporary folder, so that the files themselves are left as they are. A
// message in a copy is a problem when it is not translated yet (a source string new to the files
// comes in so), when its source is gone from the sources (vanished or obsolete), or when its
// translation lost or gained a placeholder (%1, %n), which would show the wrong number or none.
// The plurals file of the source language (English) holds only messages with plural forms.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>

#include <cstdio>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;
    QStringList translations;
};

QList<Message> readMessages(const QString &fileName, QString *error)
{
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            messages << message;
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name") && context.isEmpty()) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = Message();
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!message.numerus)
                message.translations << xml.readElementText();
        } else if (name == QLatin1String("numerusform")) {
            message.translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1 at line %2").arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression placeholder(QStringLiteral("%(n|L?[1-9][0-9]?)"));
    QSet<QString> found;
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(text))
        found.insert(match.captured(1));
    return found;
}

QString quoted(const Message &message)
{
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return QStringLiteral("[%1] \"%2\"").arg(message.context, source);
}

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    if (!process.waitForFinished(300000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        std::fprintf(stderr, "%s failed: %s\n%s\n", qPrintable(program), qPrintable(process.errorString()),
                     process.readAllStandardOutput().constData());
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Checks that the .ts files are complete and current."));
    const QCommandLineOption lupdateOption(QStringLiteral("lupdate"), QStringLiteral("lupdate"), QStringLiteral("path"));
    const QCommandLineOption cmakeOption(QStringLiteral("cmake"), QStringLiteral("cmake"), QStringLiteral("path"));
    const QCommandLineOption generatorOption(QStringLiteral("project-generator"),
                                             QStringLiteral("Qt's GenerateLUpdateProject.cmake"), QStringLiteral("path"));
    const QCommandLineOption projectOption(QStringLiteral("project"),
                                           QStringLiteral("the lupdate project (.cmake) of foundry_lupdate"), QStringLiteral("path"));
    const QCommandLineOption pluralsOption(QStringLiteral("plurals"), QStringLiteral("the source language's plurals file"),
                                           QStringLiteral("path"));
    parser.addOptions({lupdateOption, cmakeOption, generatorOption, projectOption, pluralsOption});
    parser.addPositionalArgument(QStringLiteral("ts-files"), QStringLiteral("the translated .ts files"));
    parser.addHelpOption();
    parser.process(application);

    const QString plurals = parser.value(pluralsOption);
    QStringList files = parser.positionalArguments();
    if (!plurals.isEmpty())
        files << plurals;
    QTemporaryDir work;
    if (!work.isValid() || files.isEmpty()) {
        std::fprintf(stderr, "nothing to check, or no temporary folder\n");
        return 2;
    }
    const QString projectJson = work.filePath(QStringLiteral("project.json"));
    if (!run(parser.value(cmakeOption), {QStringLiteral("-DIN_FILE=") + parser.value(projectOption),
                                         QStringLiteral("-DOUT_FILE=") + projectJson, QStringLiteral("-P"),
                                         parser.value(generatorOption)}))
        return 2;
    QStringList copies;
    for (const QString &file : std::as_const(files)) {
        const QString copy = work.filePath(QFileInfo(file).fileName());
        if (!QFile::copy(file, copy)) {
            std::fprintf(stderr, "cannot copy %s\n", qPrintable(file));
            return 2;
        }
        copies << copy;
    }
    if (!run(parser.value(lupdateOption), QStringList{QStringLiteral("-project"), projectJson, QStringLiteral("-locations"),
                                                       QStringLiteral("none"), QStringLiteral("-silent"), QStringLiteral("-ts")}
                                              + copies))
        return 2;

    QStringList problems;
    int translated = 0;
    for (qsizetype i = 0; i < copies.size(); ++i) {
        const QString name = QFileInfo(files.at(i)).fileName();
        const bool pluralsOnly = files.at(i) == plurals;
        QString error;
        const QList<Message> messages = readMessages(copies.at(i), &error);
        if (!error.isEmpty()) {
            problems << QStringLiteral("%1: cannot be read: %2").arg(name, error);
            continue;
        }
        for (const Message &message : messages) {
            if (pluralsOnly && !message.numerus)
                continue;
            if (message.type == QLatin1String("vanished") || message.type == QLatin1String("obsolete")) {
                problems << QStringLiteral("%1: %2 is no longer in the sources").arg(name, quoted(message));
                continue;
            }
            if (message.type == QLatin1String("unfinished")) {
                problems << QStringLiteral("%1: %2 is not translated yet").arg(name, quoted(message));
                continue;
            }
            ++translated;
            const QSet<QString> wanted = placeholders(message.source);
            for (const QString &translation : message.translations) {
                if (placeholders(translation) != wanted) {
                    problems << QStringLiteral("%1: %2 is translated with other placeholders: \"%3\"")
                                    .arg(name, quoted(message), translation);
                    break;
                }
            }
        }
    }
    if (problems.isEmpty()) {
        std::printf("%d translations complete and current in %lld files.\n", translated, static_cast<long long>(files.size()));
        return 0;
    }
    for (const QString &problem : std::as_const(problems))
        std::printf("%s\n", qPrintable(problem));
    std::printf("\n%lld problems in the translations. Run `./dev translations` to bring translations/*.ts up to date "
                "with the sources (it removes what is no longer there), translate every message it lists (in Qt "
                "Linguist, or in a text editor: fill each <translation> marked type=\"unfinished\" and remove the "
                "mark), then run `./dev translations` again until "
                "it reports none.\n",
                static_cast<long long>(problems.size()));
    return 1;
}
