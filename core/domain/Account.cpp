#include "domain/Account.h"

#include <QByteArray>
#include <QStringList>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

namespace {
QString scheme() { return QStringLiteral("pbkdf2-sha256"); }
constexpr int saltBytes = 16;
constexpr int hashBytes = 32;
// A stored count above this is refused rather than run: a damaged or planted row must not hang
// the sign-in for minutes.
constexpr int maximumIterations = 10'000'000;

QByteArray derive(const QString &password, int iterations, const QByteArray &salt)
{
    const QByteArray utf8 = password.toUtf8();
    QByteArray out(hashBytes, '\0');
    const int ok = PKCS5_PBKDF2_HMAC(utf8.constData(), static_cast<int>(utf8.size()),
                                     reinterpret_cast<const unsigned char *>(salt.constData()),
                                     static_cast<int>(salt.size()), iterations, EVP_sha256(), hashBytes,
                                     reinterpret_cast<unsigned char *>(out.data()));
    return ok == 1 ? out : QByteArray();
}
} // namespace

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Clerk: return QStringLiteral("clerk");
    case Role::Head: return QStringLiteral("head");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return QStringLiteral("clerk");
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role role : {Role::Clerk, Role::Head, Role::Administrator})
        if (Roles::code(role) == code)
            return role;
    return std::nullopt;
}

QString Roles::name(Role role)
{
    switch (role) {
    case Role::Clerk: return QCoreApplication::translate("Roles", "Clerk");
    case Role::Head: return QCoreApplication::translate("Roles", "Head of the kindergarten");
    case Role::Administrator: return QCoreApplication::translate("Roles", "Administrator");
    }
    return {};
}

QString PasswordHash::make(const QString &password)
{
    QByteArray salt(saltBytes, '\0');
    if (RAND_bytes(reinterpret_cast<unsigned char *>(salt.data()), saltBytes) != 1)
        return {};
    return make(password, iterations, salt);
}

QString PasswordHash::make(const QString &password, int iterations, const QByteArray &salt)
{
    const QByteArray hash = derive(password, iterations, salt);
    if (hash.isEmpty())
        return {};
    return QStringList{scheme(), QString::number(iterations), QString::fromLatin1(salt.toHex()),
                       QString::fromLatin1(hash.toHex())}
        .join(QLatin1Char('$'));
}

bool PasswordHash::verify(const QString &password, const QString &stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != scheme())
        return false;
    bool numeric = false;
    const int count = parts.at(1).toInt(&numeric);
    if (!numeric || count < 1 || count > maximumIterations)
        return false;
    const QByteArray salt = QByteArray::fromHex(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromHex(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != hashBytes)
        return false;
    const QByteArray actual = derive(password, count, salt);
    if (actual.size() != hashBytes)
        return false;
    // CRYPTO_memcmp: the time taken does not tell how many leading bytes matched.
    return CRYPTO_memcmp(actual.constData(), expected.constData(), hashBytes) == 0;
}
