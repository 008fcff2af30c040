#include "simulator/ZephyrShellBehaviour.h"

#include "simulator/CredentialStore.h"
#include "simulator/DeviceOutput.h"

#include <array>
#include <cctype>
#include <cerrno>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace Simulator {

namespace {

// Zephyr's enum tls_credential_type.
enum CredentialType {
    CaCertificate = 1,
    ServerCertificate = 2,
    PrivateKey = 3,
    Psk = 4,
    PskId = 5,
};

struct TypeName
{
    const char *name;
    int type;
};

// As in tls_credentials_shell.c: the first name of each type is the human-readable one, the
// last the compact one used by `cred list`; the rest are accepted synonyms.
constexpr std::array typeNames{
        TypeName{"CA_CERT", CaCertificate},      TypeName{"CA", CaCertificate},
        TypeName{"SERVER_CERT", ServerCertificate}, TypeName{"CLIENT_CERT", ServerCertificate},
        TypeName{"SELF_CERT", ServerCertificate}, TypeName{"SELF", ServerCertificate},
        TypeName{"CLIENT", ServerCertificate},   TypeName{"SERV", ServerCertificate},
        TypeName{"PRIVATE_KEY", PrivateKey},     TypeName{"PK", PrivateKey},
        TypeName{"PRE_SHARED_KEY", Psk},         TypeName{"PSK", Psk},
        TypeName{"PRE_SHARED_KEY_ID", PskId},    TypeName{"PSK_ID", PskId},
};

constexpr int helpPrinted = 1; // SHELL_CMD_HELP_PRINTED
constexpr char ctrlC = 0x03;
constexpr char ctrlU = 0x15;
constexpr char escape = 0x1b;
constexpr qsizetype argcMax = 20; // CONFIG_SHELL_ARGC_MAX
constexpr qsizetype outputWidth = 32; // CONFIG_TLS_CREDENTIALS_SHELL_CRED_OUTPUT_WIDTH

QByteArray humanName(int type)
{
    for (const TypeName &name : typeNames) {
        if (name.type == type)
            return name.name;
    }
    return "INVALID";
}

QByteArray compactName(int type)
{
    for (auto it = typeNames.rbegin(); it != typeNames.rend(); ++it) {
        if (it->type == type)
            return it->name;
    }
    return "INV";
}

// sec_tag_t is a signed int: tags above INT_MAX print negative, as on the device.
QByteArray sectagText(quint32 tag)
{
    return QByteArray::number(qint32(tag));
}

bool equalsIgnoringCase(const QByteArray &a, const char *b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Zephyr's base64_decode (from mbed TLS): a character outside the alphabet or data after padding
// is an error, but an incomplete last group is dropped without one.
std::optional<QByteArray> zephyrBase64Decode(const QByteArray &text)
{
    auto value = [](char c) -> int {
        if (c >= 'A' && c <= 'Z')
            return c - 'A';
        if (c >= 'a' && c <= 'z')
            return c - 'a' + 26;
        if (c >= '0' && c <= '9')
            return c - '0' + 52;
        if (c == '+')
            return 62;
        if (c == '/')
            return 63;
        if (c == '=')
            return 64;
        return -1;
    };
    int padding = 0;
    for (const char c : text) {
        if (c == '\r' || c == '\n')
            continue;
        const int v = value(c);
        if (v < 0 || (c == '=' && ++padding > 2) || (v < 64 && padding != 0))
            return std::nullopt;
    }
    QByteArray out;
    quint32 bits = 0;
    int inGroup = 0;
    int keep = 3;
    for (const char c : text) {
        if (c == '\r' || c == '\n')
            continue;
        const int v = value(c);
        keep -= v == 64 ? 1 : 0;
        bits = (bits << 6) | quint32(v & 0x3f);
        if (++inGroup == 4) {
            inGroup = 0;
            if (keep > 0)
                out.append(char(bits >> 16));
            if (keep > 1)
                out.append(char(bits >> 8));
            if (keep > 2)
                out.append(char(bits));
        }
    }
    return out;
}

// z_shell_make_argv: arguments split at spaces, quotes group, a backslash escapes in quotes.
QByteArrayList splitArguments(const QByteArray &line, char *unterminated)
{
    QByteArrayList argv;
    QByteArray current;
    bool inArgument = false;
    char quote = 0;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quote != 0) {
            if (c == '\\' && i + 1 < line.size()) {
                current.append(line.at(++i));
            } else if (c == quote) {
                quote = 0;
            } else {
                current.append(c);
            }
            continue;
        }
        if (c == ' ') {
            if (inArgument)
                argv.append(current);
            current.clear();
            inArgument = false;
            continue;
        }
        inArgument = true;
        if (c == '"' || c == '\'')
            quote = c;
        else
            current.append(c);
    }
    if (inArgument)
        argv.append(current);
    *unterminated = quote;
    return argv;
}

} // namespace

ZephyrShellBehaviour::ZephyrShellBehaviour(DeviceContext context)
    : DeviceBehaviour(std::move(context))
{
}

void ZephyrShellBehaviour::boot()
{
    m_echo = true;
    m_colors = true;
    m_vt100 = true;
    m_bypass = false;
    m_escape = Escape::None;
    m_lastNewline = 0;
    m_line.clear();
    m_credBuffer.clear();
    m_returnValue = 0;
    print("*** Booting Zephyr OS build " + options().firmware.value_or(QString()).toLatin1()
          + " ***\n\n");
    printPrompt();
}

void ZephyrShellBehaviour::receive(char byte)
{
    if (m_bypass) {
        receiveInBypass(byte);
        return;
    }
    // The shell takes ASCII only.
    if (uchar(byte) > 127)
        return;

    switch (m_escape) {
    case Escape::Started:
        m_escape = byte == '[' ? Escape::Sequence : Escape::None;
        return;
    case Escape::Sequence:
        m_escape = (byte >= '1' && byte <= '4') ? Escape::Tilde : Escape::None;
        return;
    case Escape::Tilde:
        m_escape = Escape::None;
        return;
    case Escape::None:
        break;
    }

    // CR, LF and CRLF each end one line; the LF of a CRLF (or the CR of LFCR) is swallowed.
    if (byte == '\r' || byte == '\n') {
        if (m_lastNewline == 0 || byte == m_lastNewline) {
            m_lastNewline = byte;
            endOfLine();
        }
        return;
    }
    m_lastNewline = 0;

    switch (byte) {
    case escape:
        m_escape = Escape::Started;
        return;
    case '\0':
    case '\t':
        return;
    case 0x08:
    case 0x7f:
        // Without echo the shell ignores editing keys altogether.
        if (m_echo && !m_line.isEmpty()) {
            m_line.chop(1);
            if (m_vt100)
                output().send("\x1b[1D\x1b[J");
        }
        return;
    case ctrlC:
        if (m_echo) {
            m_line.clear();
            output().send("\r\n");
            printPrompt();
        }
        return;
    case ctrlU:
        if (m_echo) {
            if (m_vt100 && !m_line.isEmpty())
                output().send("\x1b[" + QByteArray::number(m_line.size()) + "D\x1b[J");
            m_line.clear();
        }
        return;
    default:
        break;
    }
    if (!std::isprint(uchar(byte)))
        return;
    // CONFIG_SHELL_CMD_BUFF_SIZE holds the terminating NUL too; what does not fit is dropped
    // without a word, and the truncated line still runs.
    if (m_line.size() >= *options().lineMax - 1)
        return;
    m_line.append(byte);
    if (m_echo)
        output().send(QByteArray(1, byte));
}

void ZephyrShellBehaviour::receiveInBypass(char byte)
{
    if (byte == ctrlC) {
        m_bypass = false;
        print("Stored " + QByteArray::number(m_credBuffer.size()) + " bytes.\n");
        printPrompt();
        return;
    }
    if (appendToCredBuffer(QByteArray(1, byte)) != 0) {
        m_bypass = false;
        printPrompt();
    }
}

void ZephyrShellBehaviour::endOfLine()
{
    output().send("\r\n");
    if (m_line.isEmpty()) {
        printPrompt();
        return;
    }
    execute();
}

void ZephyrShellBehaviour::execute()
{
    const QByteArray line = std::exchange(m_line, QByteArray());
    const QByteArrayList words = line.simplified().split(' ');
    // The volatile credentials backend keeps credentials in RAM (a heap copy): adding and
    // deleting does no flash work, and costs extra only under a flat --write-ms.
    const bool writes =
            words.value(0) == "cred" && (words.value(1) == "add" || words.value(1) == "del");
    output().commandStarted(busyTime(writes));

    char unterminated = 0;
    const QByteArrayList argv = splitArguments(line, &unterminated);
    if (unterminated != 0) {
        print("not terminated: " + QByteArray(1, unterminated) + '\n', Color::Error);
        m_returnValue = -ENOEXEC;
    } else if (argv.size() > argcMax) {
        print("Too many arguments in the command.\n\n", Color::Error);
        m_returnValue = -ENOEXEC;
    } else if (argv.isEmpty()) {
        m_returnValue = -ENOEXEC;
    } else {
        m_returnValue = runCommand(argv);
    }
    if (!m_bypass)
        printPrompt();
    output().commandFinished();
}

int ZephyrShellBehaviour::runCommand(const QByteArrayList &argv)
{
    const QByteArray &command = argv.first();
    if (command == "cred")
        return runCred(argv);
    if (command == "shell")
        return runShell(argv);
    if (command == "retval") {
        print(QByteArray::number(m_returnValue) + '\n');
        return 0;
    }
    // CONFIG_KERNEL_SHELL and CONFIG_HWINFO_SHELL: what the station asks to identify a device.
    if (command == "kernel" && argv.size() == 2 && argv.at(1) == "version") {
        print("Zephyr version " + options().firmware.value_or(QStringLiteral("3.7.0")).toLatin1() + '\n');
        return 0;
    }
    if (command == "hwinfo" && argv.size() == 2 && argv.at(1) == "devid") {
        const QByteArray id = options().serial.toLatin1();
        print("Length: " + QByteArray::number(id.size()) + "\nID: 0x" + id.toHex() + '\n');
        return 0;
    }
    if (command == "help") {
        print("Please press the <Tab> button to see all available commands.\n"
              "You can also use the <Tab> button to prompt or auto-complete all commands or its "
              "subcommands.\n"
              "You can try to call commands with <-h> or <--help> parameter for more "
              "information.\n");
        return 0;
    }
    print(command + ": command not found\n", Color::Error);
    return -ENOEXEC;
}

int ZephyrShellBehaviour::runCred(const QByteArrayList &argv)
{
    const QByteArray sub = argv.value(1);
    if (sub == "buf")
        return credBuf(argv.mid(1));
    if (sub == "add")
        return credAdd(argv.mid(1));
    if (sub == "del")
        return credDel(argv.mid(1));
    if (sub == "get")
        return credGet(argv.mid(1));
    if (sub == "list")
        return credList(argv.mid(1));
    // `cred` alone, `cred -h` or an unknown subcommand: the shell prints the command's help.
    printHelp("cred");
    return helpPrinted;
}

int ZephyrShellBehaviour::runShell(const QByteArrayList &argv)
{
    const QByteArray sub = argv.value(1);
    const QByteArray value = argv.value(2);
    if (sub == "echo") {
        if (argv.size() == 2) {
            print("Echo status: " + QByteArray(m_echo ? "on" : "off") + '\n');
            return 0;
        }
        if (argv.size() > 3 && (value == "on" || value == "off")) {
            print(value + ": wrong parameter count\n", Color::Error);
            return -EINVAL;
        }
        if (value == "on" || value == "off") {
            m_echo = value == "on";
            return 0;
        }
        if (argv.size() > 3) {
            print("echo: wrong parameter count\n", Color::Error);
            return -EINVAL;
        }
        print("echo: unknown parameter: " + value + '\n', Color::Error);
        return -EINVAL;
    }
    bool *flag = sub == "colors" ? &m_colors : sub == "vt100" ? &m_vt100 : nullptr;
    if (flag && (value == "on" || value == "off")) {
        if (argv.size() > 3) {
            print(value + ": wrong parameter count\n", Color::Error);
            return -EINVAL;
        }
        *flag = value == "on";
        return 0;
    }
    printHelp(flag ? sub : QByteArray("shell"));
    return helpPrinted;
}

int ZephyrShellBehaviour::credBuf(const QByteArrayList &argv)
{
    const QByteArray argument = argv.value(1);
    if (argument == "-h" || argument == "--help") {
        printHelp("buf");
        return helpPrinted;
    }
    if (options().credBufLoad) {
        // Since Zephyr pull request 90358, `clear` and `load` are subcommands: the shell matches
        // them before the buffer handler sees its argument, and `clear` always says so.
        if (argument == "clear") {
            m_credBuffer.clear();
            print("Credential buffer cleared.\n");
            return 0;
        }
        if (argument == "load") {
            clearCredBuffer();
            print("Input credential, finish with CTRL+C.\n");
            m_bypass = true;
            return 0;
        }
    }
    if (wrongParameterCount("buf", argv.size(), 2, 0))
        return -EINVAL;
    // Before it, the handler looks for the word itself and speaks only when there was something
    // to clear; any other word, "load" included, is data.
    if (!options().credBufLoad && argument == "clear") {
        clearCredBuffer();
        return 0;
    }
    const int error = appendToCredBuffer(argument);
    if (error == 0)
        print("Stored " + QByteArray::number(argument.size()) + " bytes.\n");
    return error;
}

int ZephyrShellBehaviour::credAdd(const QByteArrayList &argv)
{
    if (wrongParameterCount("add", argv.size(), 5, 1))
        return -EINVAL;
    int error = 0;
    const auto finish = [this](int result) {
        clearCredBuffer();
        return result;
    };
    const std::optional<quint32> sectag = parseSectag(argv.at(1), &error);
    if (!sectag)
        return finish(error);
    const std::optional<int> type = parseType(argv.at(2));
    if (!type)
        return finish(-EINVAL);
    if (!equalsIgnoringCase(argv.at(3), "default")) {
        print(argv.at(3) + " is not a valid backend.\n", Color::Error);
        return finish(-EINVAL);
    }
    const QByteArray format = argv.at(4).toLower();
    if (format != "bin" && format != "bint" && format != "str" && format != "strt") {
        print(argv.at(4) + " is not a valid storage format.\n", Color::Error);
        return finish(-EINVAL);
    }
    if (argv.size() == 6) {
        clearCredBuffer();
        if (const int result = appendToCredBuffer(argv.at(5)); result != 0)
            return finish(result);
        print("Stored " + QByteArray::number(argv.at(5).size()) + " bytes.\n");
    }
    if (m_credBuffer.isEmpty()) {
        print("Please provide a credential to add.\n", Color::Error);
        return finish(-ENOENT);
    }
    if (store().find(*sectag, *type)) {
        print("TLS credential with sectag " + sectagText(*sectag) + " and type " + humanName(*type)
                      + " already exists.\n",
              Color::Error);
        return finish(-EEXIST);
    }

    QByteArray bytes = m_credBuffer;
    if (format.startsWith("bin")) {
        const std::optional<QByteArray> decoded = zephyrBase64Decode(m_credBuffer);
        if (!decoded) {
            print("Could not decode input from base64, error: -22\n", Color::Error);
            return finish(-EINVAL);
        }
        bytes = *decoded;
    }
    if (format.endsWith('t'))
        bytes.append('\0');

    // The volatile backend copies each credential to the heap and tracks it in one reference
    // slot per credential, so a full store fails here, before tls_credential_add().
    if (store().count() >= *options().slots) {
        print("No reference slot available, cannot copy credential to heap. Credential will not "
              "be stored\n",
              Color::Error);
        return finish(-ENOMEM);
    }
    print("Credential has been copied to heap. Memory will be leaked if this credential is "
          "deleted without using the shell.\n",
          Color::Warning);
    if (rejectWrite(u"tag %1 type %2"_s.arg(*sectag).arg(QString::fromLatin1(humanName(*type))))) {
        // The stray "\n." is upstream's format string, reproduced as the device prints it.
        print("Failed to add TLS credential with sectag " + sectagText(*sectag) + " and type "
                      + humanName(*type) + ". Error: -5\n.",
              Color::Error);
        return finish(-EIO);
    }

    StoredCredential credential;
    credential.tag = *sectag;
    credential.type = *type;
    credential.typeName = QString::fromLatin1(compactName(*type));
    credential.secret = isPrivate(*type);
    credential.bytes = bytes;
    credential.format = QString::fromLatin1(format);
    QString storeError;
    if (!storeCredential(credential, &storeError))
        note(storeError);
    print("Added TLS credential of type " + humanName(*type) + ", sectag " + sectagText(*sectag)
          + ", and length " + QByteArray::number(bytes.size()) + " bytes.\n");
    return finish(0);
}

int ZephyrShellBehaviour::credDel(const QByteArrayList &argv)
{
    if (wrongParameterCount("del", argv.size(), 3, 0))
        return -EINVAL;
    int error = 0;
    const std::optional<quint32> sectag = parseSectag(argv.at(1), &error);
    if (!sectag)
        return error;
    const std::optional<int> type = parseType(argv.at(2));
    if (!type)
        return -EINVAL;
    if (!store().find(*sectag, *type)) {
        print("There is no TLS credential with sectag " + sectagText(*sectag) + " and type "
                      + humanName(*type) + ".\n",
              Color::Error);
        return -ENOENT;
    }
    QString storeError;
    if (!store().remove(*sectag, *type, &storeError))
        note(storeError);
    print("Stored credential freed.\n");
    print("Deleted TLS credential with sectag " + sectagText(*sectag) + " and type "
          + humanName(*type) + ".\n");
    return 0;
}

int ZephyrShellBehaviour::credGet(const QByteArrayList &argv)
{
    if (wrongParameterCount("get", argv.size(), 4, 0))
        return -EINVAL;
    int error = 0;
    const std::optional<quint32> sectag = parseSectag(argv.at(1), &error);
    if (!sectag)
        return finishGet(error);
    const std::optional<int> type = parseType(argv.at(2));
    if (!type)
        return finishGet(-EINVAL);
    const QByteArray format = argv.at(3).toLower();
    if (format != "bin" && format != "bint" && format != "str" && format != "strt") {
        print(argv.at(3) + " is not a valid storage format.\n", Color::Error);
        return finishGet(-EINVAL);
    }
    const StoredCredential *credential = store().find(*sectag, *type);
    if (!credential) {
        print("There is no TLS credential with sectag " + sectagText(*sectag) + " and type "
                      + humanName(*type) + ".\n",
              Color::Error);
        return finishGet(-ENOENT);
    }
    clearCredBuffer();
    // Upstream's volatile backend would print a private key; this device refuses, as a backend
    // with protected storage does, so that keys never leave it.
    if (credential->secret || !credential->hasBytes()) {
        print("Could not retrieve TLS credential with sectag " + sectagText(*sectag)
                      + " and type " + humanName(*type) + " due to error: -13.\n",
              Color::Error);
        return finishGet(-EACCES);
    }
    if (credential->bytes.size() > options().credBufSize + 1) {
        print("Not enough room in the credential buffer to retrieve credential with sectag "
                      + sectagText(*sectag) + " and type " + humanName(*type)
                      + ". Increase TLS_CREDENTIALS_SHELL_MAX_CRED_LEN.\n",
              Color::Error);
        return finishGet(-ENOMEM);
    }
    m_credBuffer = credential->bytes;
    QByteArray content = credential->bytes;
    if (format.endsWith('t')) {
        if (!content.endsWith('\0')) {
            print("The stored credential isn't NULL-terminated, but a NULL-terminated format was "
                  "specified.\n",
                  Color::Error);
            return finishGet(-EINVAL);
        }
        content.chop(1);
    }
    bool filtered = false;
    const qsizetype lineLength = format.startsWith("bin") ? outputWidth / 4 * 3 : outputWidth;
    for (qsizetype i = 0; i < content.size(); i += lineLength) {
        QByteArray piece = content.mid(i, lineLength);
        if (format.startsWith("bin")) {
            piece = piece.toBase64();
        } else {
            for (char &c : piece) {
                if (!std::isprint(uchar(c))) {
                    c = '?';
                    filtered = true;
                }
            }
        }
        print(piece + '\n');
    }
    if (filtered) {
        print("Non-printable characters were included in the output and filtered. Have you "
              "selected the correct storage format?\n",
              Color::Warning);
    }
    return finishGet(filtered ? -EBADF : 0);
}

int ZephyrShellBehaviour::finishGet(int result)
{
    clearCredBuffer();
    return result;
}

int ZephyrShellBehaviour::credList(const QByteArrayList &argv)
{
    if (wrongParameterCount("list", argv.size(), 1, 2))
        return -EINVAL;
    std::optional<quint32> tagFilter;
    std::optional<int> typeFilter;
    int error = 0;
    if (argv.size() >= 2 && !equalsIgnoringCase(argv.at(1), "any")) {
        tagFilter = parseSectag(argv.at(1), &error);
        if (!tagFilter)
            return 0;
    }
    if (argv.size() >= 3 && !equalsIgnoringCase(argv.at(2), "any")) {
        typeFilter = parseType(argv.at(2));
        if (!typeFilter)
            return 0;
    }
    int count = 0;
    for (const StoredCredential &credential : store().all()) {
        if ((tagFilter && credential.tag != *tagFilter)
            || (typeFilter && credential.type != *typeFilter)) {
            continue;
        }
        ++count;
        print(sectagText(credential.tag) + ',' + compactName(credential.type) + ','
              + reportedSha256(credential).toBase64() + ",0\n");
    }
    print(QByteArray::number(count) + " credentials found.\n");
    return 0;
}

std::optional<quint32> ZephyrShellBehaviour::parseSectag(const QByteArray &arg, int *error)
{
    bool numeric = true;
    for (const char c : arg)
        numeric = numeric && std::isdigit(uchar(c));
    bool ok = false;
    const qulonglong value = arg.toULongLong(&ok);
    if (numeric && ok && value <= std::numeric_limits<quint32>::max())
        return quint32(value);
    // shell_strtoul on a 32-bit target: ERANGE above ULONG_MAX, EINVAL for anything else.
    *error = numeric && !arg.isEmpty() ? -ERANGE : -EINVAL;
    print(arg + " is not a valid sectag.\n", Color::Error);
    return std::nullopt;
}

std::optional<int> ZephyrShellBehaviour::parseType(const QByteArray &arg)
{
    for (const TypeName &name : typeNames) {
        if (equalsIgnoringCase(arg, name.name))
            return name.type;
    }
    print(arg + " is not a valid credential type.\n", Color::Error);
    return std::nullopt;
}

int ZephyrShellBehaviour::appendToCredBuffer(const QByteArray &chunk)
{
    // cred_buf holds CRED_BUF_SIZE + 1 bytes and keeps one for a NUL, and the check is ">=":
    // at most CRED_BUF_SIZE - 1 characters fit.
    if (m_credBuffer.size() + chunk.size() >= options().credBufSize) {
        print("Not enough room in credential buffer for provided data. Increase "
              "CONFIG_TLS_CREDENTIALS_SHELL_CRED_BUF_SIZE.\n",
              Color::Error);
        clearCredBuffer();
        return -ENOMEM;
    }
    m_credBuffer += chunk;
    return 0;
}

void ZephyrShellBehaviour::clearCredBuffer()
{
    // Upstream says so only when there was something to wipe.
    if (m_credBuffer.isEmpty())
        return;
    m_credBuffer.clear();
    print("Credential buffer cleared.\n");
}

bool ZephyrShellBehaviour::wrongParameterCount(const QByteArray &command, qsizetype argc,
                                             qsizetype mandatory, qsizetype optional)
{
    if (argc >= mandatory && argc <= mandatory + optional)
        return false;
    print(command + ": wrong parameter count\n", Color::Error);
    return true;
}

bool ZephyrShellBehaviour::isPrivate(int type) const
{
    return type == PrivateKey || type == Psk;
}

void ZephyrShellBehaviour::print(const QByteArray &text, Color color)
{
    QByteArray bytes = text;
    // The UART backend's SHELL_FLAG_OLF_CRLF.
    bytes.replace("\n", "\r\n");
    if (m_colors && color != Color::Normal) {
        const char code = color == Color::Error ? '1' : color == Color::Warning ? '3' : '2';
        bytes = QByteArray("\x1b[1;3") + code + 'm' + bytes + "\x1b[m";
    }
    output().send(bytes);
}

void ZephyrShellBehaviour::printHelp(const QByteArray &command)
{
    QByteArray help;
    if (command == "cred") {
        help = "cred - TLS Credentials Commands\n"
               "Subcommands:\n"
               "  buf   : Buffer in credential data so it can be added.\n"
               "  add   : Add a TLS credential.\n"
               "  del   : Delete a TLS credential.\n"
               "  get   : Retrieve the contents of a TLS credential\n"
               "  list  : List stored TLS credentials, optionally filtering by type or sectag.\n";
    } else if (command == "buf") {
        help = "buf - Buffer in credential data so it can be added.\n";
        if (options().credBufLoad) {
            help += "Subcommands:\n"
                    "  clear  : Clear the credential buffer\n"
                    "  load   : Load credential directly to buffer so it can be added.\n";
        }
    } else if (command == "shell") {
        help = "shell - Useful, not Unix-like shell commands.\n"
               "Subcommands:\n"
               "  colors  : Toggle colored syntax.\n"
               "  echo    : Toggle shell echo.\n"
               "  vt100   : Toggle vt100 commands.\n";
    } else {
        help = command + " - Toggle " + command + ".\n"
               "Subcommands:\n"
               "  off  : Disable " + command + ".\n"
               "  on   : Enable " + command + ".\n";
    }
    print(help);
}

void ZephyrShellBehaviour::printPrompt()
{
    print("uart:~$ ", Color::Info);
}

void ZephyrShellBehaviour::printLog(const QByteArray &level, const QByteArray &module,
                                  const QByteArray &message)
{
    // The log backend erases the prompt and whatever the user typed, prints the message and
    // puts both back. Without vt100 it cannot erase: the message lands after the prompt.
    if (m_vt100 && !m_bypass) {
        const qsizetype typed = 8 + (m_echo ? m_line.size() : 0);
        output().send("\x1b[" + QByteArray::number(typed) + "D\x1b[J");
    }
    const Color color = level == "err" ? Color::Error
            : level == "wrn"           ? Color::Warning
                                       : Color::Normal;
    print(logTimestamp() + " <" + level + "> " + module + ": " + message + '\n', color);
    if (!m_bypass) {
        printPrompt();
        if (m_echo)
            output().send(m_line);
    }
}

void ZephyrShellBehaviour::receiveOverrun()
{
    printLog("wrn", "shell_uart", "RX ring buffer full.");
}

void ZephyrShellBehaviour::logNoise(quint32 random)
{
    static const std::array<std::array<const char *, 3>, 5> lines{{
            {"inf", "net_dhcpv4", "Received: 192.168.1.57"},
            {"inf", "app", "Heartbeat, uptime ok"},
            {"wrn", "net_tcp", "Retransmission timeout, seq 4021"},
            {"inf", "wifi_mgmt", "RSSI -61 dBm"},
            {"err", "sensor", "Read failed: -5"},
    }};
    const auto &line = lines.at(random % lines.size());
    printLog(line[0], line[1], line[2]);
}

} // namespace Simulator
