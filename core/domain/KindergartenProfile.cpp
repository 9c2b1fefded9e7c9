#include "domain/KindergartenProfile.h"

#include "domain/FieldLimits.h"

#include "domain/Bin.h"

#include <QJsonArray>

#include <optional>

#include <algorithm>

namespace {

// The same codes as the application files use for a language (ApplicationJson::languageCode).
QString languageCode(TeachingLanguage language)
{
    switch (language) {
    case TeachingLanguage::Any: return QStringLiteral("any");
    case TeachingLanguage::Kazakh: return QStringLiteral("kk");
    case TeachingLanguage::Russian: return QStringLiteral("ru");
    case TeachingLanguage::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<TeachingLanguage> languageFromCode(const QString &code)
{
    for (TeachingLanguage language : {TeachingLanguage::Any, TeachingLanguage::Kazakh,
                                      TeachingLanguage::Russian, TeachingLanguage::Other})
        if (languageCode(language) == code)
            return language;
    return std::nullopt;
}

// One piece of a contract number format: literal text, or a placeholder.
struct Token
{
    enum class Kind { Text, Seq, Year, Month } kind = Kind::Text;
    QString text;  // for Text
    int width = 0; // for Seq: zero-padded to this many digits (0: as is)
};

// nullopt when the format has an unknown placeholder, an unmatched brace or no {seq}.
std::optional<QList<Token>> tokenize(const QString &format)
{
    QList<Token> tokens;
    bool hasSeq = false;
    QString text;
    for (qsizetype i = 0; i < format.size(); ++i) {
        const QChar c = format.at(i);
        if (c == u'}')
            return std::nullopt;
        if (c != u'{') {
            text.append(c);
            continue;
        }
        const qsizetype close = format.indexOf(u'}', i + 1);
        if (close < 0)
            return std::nullopt;
        const QString name = format.sliced(i + 1, close - i - 1);
        Token token;
        if (name == u"seq") {
            token.kind = Token::Kind::Seq;
        } else if (name.startsWith(u"seq:")) {
            bool ok = false;
            const QString widthText = name.sliced(4);
            token.width = widthText.toInt(&ok);
            // Digits only ("+4" and " 4" are typing errors), and a sensible width.
            for (const QChar d : widthText)
                ok = ok && d >= u'0' && d <= u'9';
            if (!ok || token.width < 1 || token.width > 12)
                return std::nullopt;
            token.kind = Token::Kind::Seq;
        } else if (name == u"year") {
            token.kind = Token::Kind::Year;
        } else if (name == u"month") {
            token.kind = Token::Kind::Month;
        } else {
            return std::nullopt;
        }
        hasSeq = hasSeq || token.kind == Token::Kind::Seq;
        if (!text.isEmpty()) {
            tokens.append(Token{Token::Kind::Text, text, 0});
            text.clear();
        }
        tokens.append(token);
        i = close;
    }
    if (!text.isEmpty())
        tokens.append(Token{Token::Kind::Text, text, 0});
    if (!hasSeq)
        return std::nullopt;
    return tokens;
}

bool isAsciiLetterOrDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z');
}

// Spaces people type between groups of an IBAN are not part of it.
QString withoutSpaces(const QString &text)
{
    QString result;
    for (const QChar c : text)
        if (!c.isSpace())
            result.append(c);
    return result;
}

// ISO 13616: the first four characters moved to the end, letters as numbers (A = 10 ... Z = 35),
// the whole as one number leaves 1 when divided by 97. Catches every single mistyped character
// and almost every swap of two. Expects ASCII letters and digits only.
bool ibanCheckDigitsMatch(const QString &iban)
{
    const QString rearranged = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : rearranged) {
        const char16_t u = c.toUpper().unicode();
        if (u >= u'0' && u <= u'9')
            remainder = (remainder * 10 + (u - u'0')) % 97;
        else
            remainder = (remainder * 100 + (u - u'A' + 10)) % 97;
    }
    return remainder == 1;
}

} // namespace

Issues KindergartenProfile::validate() const
{
    Issues issues;
    const auto require = [&](const QString &value, Field field, const QString &detail = {}) {
        if (value.trimmed().isEmpty())
            issues.append(Issue::error(field, Rule::Required, detail));
    };
    require(id, Field::KindergartenId);
    require(nameKk, Field::KindergartenNameKk);
    require(nameRu, Field::KindergartenNameRu);

    const Expected<QString> parsedBin = Bin::parse(bin, Field::KindergartenBin);
    if (!parsedBin)
        issues.append(parsedBin.error());

    // Both addresses share one field; the detail says which language is missing.
    require(addressKk, Field::KindergartenAddress, tr("in Kazakh"));
    require(addressRu, Field::KindergartenAddress, tr("in Russian"));
    require(headName, Field::KindergartenHead);

    // A Kazakhstan IBAN: KZ, two check digits, 16 letters or digits (the bank's code and the
    // account); the check digits must match the rest (ISO 13616), so that a mistyped account is
    // caught here rather than by a parent's returned payment.
    const QString iban = withoutSpaces(account);
    if (!iban.isEmpty()) {
        bool ok = iban.size() == 20 && iban.startsWith(u"KZ") && iban.at(2).isDigit() && iban.at(3).isDigit();
        for (qsizetype i = 2; ok && i < iban.size(); ++i)
            ok = isAsciiLetterOrDigit(iban.at(i));
        if (!ok)
            issues.append(Issue::error(Field::KindergartenAccount, Rule::AccountNotIban));
        else if (!ibanCheckDigitsMatch(iban))
            issues.append(Issue::error(Field::KindergartenAccount, Rule::AccountCheckDigits));
    }
    // The bank's BIC (SWIFT style, e.g. HSBKKZKX): 8 letters or digits.
    const QString bikText = bik.trimmed();
    if (!bikText.isEmpty()
        && (bikText.size() != 8 || !std::all_of(bikText.cbegin(), bikText.cend(), isAsciiLetterOrDigit)))
        issues.append(Issue::error(Field::KindergartenBik, Rule::BikNotEightCharacters));

    if (feeAmount < 0)
        issues.append(Issue::error(Field::FeeAmount, Rule::OutOfRange, QString::number(feeAmount)));
    if (feeDueDay < 1 || feeDueDay > 28)
        issues.append(Issue::error(Field::FeeDueDay, Rule::OutOfRange, QStringLiteral("1-28")));
    if (!tokenize(contractNumberFormat))
        issues.append(Issue::error(Field::ContractNumberFormat, Rule::ContractNumberFormatInvalid));
    if (groupLanguages.isEmpty())
        issues.append(Issue::error(Field::GroupLanguages, Rule::Required));
    FieldLimits::check(issues, id, Field::KindergartenId);
    FieldLimits::check(issues, nameKk, Field::KindergartenNameKk);
    FieldLimits::check(issues, nameRu, Field::KindergartenNameRu);
    FieldLimits::check(issues, {addressKk, addressRu}, Field::KindergartenAddress);
    FieldLimits::check(issues, headName, Field::KindergartenHead);
    FieldLimits::check(issues, phone, Field::KindergartenPhone);
    FieldLimits::check(issues, bank, Field::KindergartenBank);
    FieldLimits::check(issues, {authorityKk, authorityRu}, Field::KindergartenAuthority);
    return issues;
}

QString KindergartenProfile::contractNumber(int seq, const QDate &date) const
{
    // An invalid format (validate() reports it) still numbers the contract rather than losing it.
    const std::optional<QList<Token>> tokens = tokenize(contractNumberFormat);
    if (!tokens)
        return QString::number(date.year()) + u'-' + QString::number(seq);
    QString result;
    for (const Token &token : *tokens) {
        switch (token.kind) {
        case Token::Kind::Text: result += token.text; break;
        case Token::Kind::Seq: result += QStringLiteral("%1").arg(seq, token.width, 10, QLatin1Char('0')); break;
        case Token::Kind::Year: result += QString::number(date.year()); break;
        case Token::Kind::Month: result += QStringLiteral("%1").arg(date.month(), 2, 10, QLatin1Char('0')); break;
        }
    }
    return result;
}

QJsonObject KindergartenProfile::toJson() const
{
    QJsonArray languages;
    for (TeachingLanguage language : groupLanguages)
        languages.append(languageCode(language));
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("name_kk"), nameKk},
        {QStringLiteral("name_ru"), nameRu},
        {QStringLiteral("bin"), bin},
        {QStringLiteral("address_kk"), addressKk},
        {QStringLiteral("address_ru"), addressRu},
        {QStringLiteral("city_kk"), cityKk},
        {QStringLiteral("city_ru"), cityRu},
        {QStringLiteral("head_name"), headName},
        {QStringLiteral("phone"), phone},
        {QStringLiteral("bank"), bank},
        {QStringLiteral("account"), account},
        {QStringLiteral("bik"), bik},
        {QStringLiteral("authority_kk"), authorityKk},
        {QStringLiteral("authority_ru"), authorityRu},
        {QStringLiteral("fee_amount"), feeAmount},
        {QStringLiteral("fee_due_day"), feeDueDay},
        {QStringLiteral("fee_terms_kk"), feeTermsKk},
        {QStringLiteral("fee_terms_ru"), feeTermsRu},
        {QStringLiteral("contract_number_format"), contractNumberFormat},
        {QStringLiteral("group_languages"), languages},
    };
}

KindergartenProfile KindergartenProfile::fromJson(const QJsonObject &json)
{
    // A key that is missing keeps the default (older files, partial edits).
    KindergartenProfile p;
    const auto text = [&](const char *key, QString *member) {
        const QJsonValue value = json.value(QLatin1String(key));
        if (value.isString())
            *member = value.toString();
    };
    text("id", &p.id);
    text("name_kk", &p.nameKk);
    text("name_ru", &p.nameRu);
    text("bin", &p.bin);
    text("address_kk", &p.addressKk);
    text("address_ru", &p.addressRu);
    text("city_kk", &p.cityKk);
    text("city_ru", &p.cityRu);
    text("head_name", &p.headName);
    text("phone", &p.phone);
    text("bank", &p.bank);
    text("account", &p.account);
    text("bik", &p.bik);
    text("authority_kk", &p.authorityKk);
    text("authority_ru", &p.authorityRu);
    text("fee_terms_kk", &p.feeTermsKk);
    text("fee_terms_ru", &p.feeTermsRu);
    text("contract_number_format", &p.contractNumberFormat);
    if (json.value(u"fee_amount").isDouble())
        p.feeAmount = json.value(u"fee_amount").toInt(p.feeAmount);
    if (json.value(u"fee_due_day").isDouble())
        p.feeDueDay = json.value(u"fee_due_day").toInt(p.feeDueDay);
    if (json.value(u"group_languages").isArray()) {
        p.groupLanguages.clear();
        const QJsonArray languages = json.value(u"group_languages").toArray();
        for (const QJsonValue &value : languages)
            if (const std::optional<TeachingLanguage> language = languageFromCode(value.toString()))
                p.groupLanguages.append(*language);
    }
    return p;
}
