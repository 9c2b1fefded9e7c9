#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

// DESIGN 9: the people who sign in at the desk. A local account: its login, the person's name (the
// journal's actor for every change they make), a role and whether it may still sign in.
enum class Role { Clerk, Head, Administrator };

namespace Roles {
// Stored codes: "clerk", "head", "administrator". Never change one.
QString code(Role role);
std::optional<Role> fromCode(const QString &code);
// The role's name in the UI language.
QString name(Role role);
} // namespace Roles

struct Account
{
    QString login;
    QString name;
    Role role = Role::Clerk;
    bool disabled = false;

    // Settings, the kindergarten's details and the document templates: a head or an
    // administrator; a clerk sees them read-only.
    bool canEditSettings() const { return role == Role::Head || role == Role::Administrator; }
    // Settings → Users: add, change role, reset a password, disable.
    bool canManageUsers() const { return role == Role::Administrator; }
    // The audit of reads for a period.
    bool canViewAudit() const { return role == Role::Head || role == Role::Administrator; }
};

// Salted, slow password hashes: PBKDF2-HMAC-SHA-256 (OpenSSL), a 16-byte random salt per
// password. Stored as "pbkdf2-sha256$<iterations>$<salt hex>$<hash hex>" so that the iteration
// count can be raised later without making the stored hashes unreadable.
namespace PasswordHash {
constexpr int iterations = 210000; // OWASP's figure for PBKDF2-HMAC-SHA-256
constexpr int minimumLength = 8;   // what the desk asks of a new password

// The stored form of password with a new random salt; empty only when OpenSSL fails.
QString make(const QString &password);
// The same with a given iteration count and salt (tests).
QString make(const QString &password, int iterations, const QByteArray &salt);
// Whether password gives stored; compares in constant time. False for a malformed stored form.
bool verify(const QString &password, const QString &stored);
} // namespace PasswordHash
