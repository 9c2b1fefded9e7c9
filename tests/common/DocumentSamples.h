#pragma once

// The kindergarten, direction, contract and refusal the document tests print (issue 4), and the
// way they read a PDF back (pdftotext, as a clerk would check the paper).

#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/KindergartenProfile.h"

#include <QDate>
#include <QDateTime>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QString>
#include <QStringList>
#include <QTextDocument>

namespace DocumentSamples {

using namespace Qt::StringLiterals;

// Every letter of the Kazakh alphabet that Russian lacks.
inline const QString kazakhLetters = u"әғқңөұүһі"_s;

inline KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = u"KRG-017"_s;
    p.nameKk = u"Қарағанды қаласы әкімдігінің «№ 17 „Құлыншақ“ бөбекжайы» КМҚК"_s;
    p.nameRu = u"КГКП «Ясли-сад № 17 „Кулыншак“» акимата города Караганды"_s;
    p.bin = u"120340012345"_s;
    p.addressKk = u"Қарағанды қ., Бұқар жырау даңғылы, 49/3"_s;
    p.addressRu = u"г. Караганда, проспект Бухар жырау, 49/3"_s;
    p.cityKk = u"Қарағанды қаласы"_s;
    p.cityRu = u"город Караганда"_s;
    p.headName = u"Жұмабекова Гүлнәр Серікқызы"_s;
    p.phone = u"+7 7212 41 17 17"_s;
    p.bank = u"«Қазақстан Халық Банкі» АҚ"_s;
    p.account = u"KZ096010191000123456"_s;
    p.bik = u"HSBKKZKX"_s;
    p.feeAmount = 25000;
    p.feeDueDay = 10;
    p.feeTermsKk = u"Төлемақыға баланың тамағы кіреді."_s;
    p.feeTermsRu = u"Плата покрывает питание ребенка."_s;
    return p;
}

inline Direction direction()
{
    Direction d;
    d.number = u"KRG-2026-004217"_s;
    d.applicationId = u"0b7e4d2a-91c3-4f6e-8a15-2d9c7b3e6f40"_s;
    d.kindergartenId = u"KRG-017"_s;
    d.groupName = u"Ортаңғы топ «Балапан»"_s;
    d.groupLanguage = TeachingLanguage::Kazakh;
    d.workingMode = WorkingMode::FullDay;
    d.admissionMode = AdmissionMode::General;
    d.admissionStartsOn = QDate(2026, 12, 1);
    d.issuedAt = QDateTime(QDate(2026, 11, 20), QTime(11, 0));
    d.child = PersonName{u"Өмірзақов"_s, u"Әлихан"_s, u"Қайратұлы"_s};
    d.childIin = u"220315500104"_s;
    d.childBirthDate = QDate(2022, 3, 15);
    d.applicant = PersonName{u"Сәрсенбаева"_s, u"Ұлжан"_s, u"Ғабитқызы"_s};
    d.applicantIin = u"940721400507"_s;
    d.applicantAddress = u"Қарағанды қ., Шаңырақ ш/а, Жиһангер көшесі, 12-үй"_s;
    d.phones = {u"+77012345678"_s};
    d.category = Category::None;
    return d;
}

inline ContractRecord contract()
{
    ContractRecord c;
    c.number = u"2026-0315"_s;
    c.date = QDate(2026, 11, 24);
    c.directionNumber = direction().number;
    c.applicationId = direction().applicationId;
    c.sessionId = u"5d1f0c8e-2b4a-4c7d-9e3f-6a8b0c1d2e3f"_s;
    c.parent = PersonName{u"Өмірзақов"_s, u"Қайрат"_s, u"Нұрланұлы"_s};
    c.parentIin = u"870112300504"_s;
    c.parentIdDocument = u"жеке куәлік № 045612378, 12.03.2019, ҚР ІІМ"_s;
    c.parentAddress = u"Қарағанды қ., Шаңырақ ш/а, Жиһангер көшесі, 12-үй"_s;
    c.phones = {u"+77017654321"_s};
    c.startsOn = QDate(2026, 12, 1);
    c.clerk = u"Әбдіқадырова Ә."_s;
    c.recordedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 40));
    c.verificationCode = u"3fa9c0d12e"_s;
    return c;
}

inline RefusalRecord refusal()
{
    RefusalRecord r;
    r.number = u"Б-2026-0003"_s;
    r.date = QDate(2026, 11, 24);
    r.directionNumber = direction().number;
    r.applicationId = direction().applicationId;
    r.sessionId = u"5d1f0c8e-2b4a-4c7d-9e3f-6a8b0c1d2e3f"_s;
    r.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    r.faultyItems = {ChecklistItem::HealthCertificate};
    r.reasons = u"Анықтама 19.11.2026 берілген."_s;
    r.clerk = u"Әбдіқадырова Ә."_s;
    r.recordedAt = QDateTime(QDate(2026, 11, 24), QTime(10, 40));
    r.verificationCode = u"7b21e9a4c0"_s;
    return r;
}

// What pdftotext prints for these arguments, whitespace runs (line ends of wrapped paragraphs
// too) made one space; a message in angle brackets when it is missing or fails.
inline QString pdftotextOutput(const QStringList &arguments)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return u"<pdftotext not found: install poppler-utils>"_s;
    QProcess process;
    process.start(pdftotext, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return u"<pdftotext failed: "_s + QString::fromUtf8(process.readAllStandardError()) + u'>';
    static const QRegularExpression space(u"\\s+"_s);
    return QString::fromUtf8(process.readAllStandardOutput()).replace(space, u" "_s);
}

// pdftotext -layout, whitespace runs (line ends of wrapped paragraphs too) made one space.
inline QString pdfText(const QString &pdfPath)
{
    return pdftotextOutput({u"-layout"_s, u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
}

// The lines of a PDF (pdftotext in reading order, each column of a bilingual page on its own) that
// end with an identifier's name, its digits left for the next line: "(ИИН" alone at a line end, or
// "Код проверки:" / "Тексеру коды:" with the verification code on the next line.
inline QStringList linesEndingWithIdentifierName(const QString &pdfPath)
{
    const QString pdftotext = QStandardPaths::findExecutable(u"pdftotext"_s);
    if (pdftotext.isEmpty())
        return {u"<pdftotext not found: install poppler-utils>"_s};
    QProcess process;
    process.start(pdftotext, {u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {u"<pdftotext failed: "_s + QString::fromUtf8(process.readAllStandardError()) + u'>'};
    static const QRegularExpression nameAtEnd(u"(^|[^\\p{L}])((ИИН|ЖСН|БИН|БСН):?|(коды|проверки):)\\s*$"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (const QString &line : QString::fromUtf8(process.readAllStandardOutput()).split(u'\n'))
        if (nameAtEnd.match(line).hasMatch())
            found << line;
    return found;
}

// The text of one column of every page: the Kazakh (left) or Russian (right) half of a bilingual
// document, so that lines of the other language do not come between the words.
enum class PdfHalf { Left, Right };
inline QString pdfText(const QString &pdfPath, PdfHalf half)
{
    // A4 at 72 dpi is 595 x 842; the halves meet in the middle of the page.
    const QString x = half == PdfHalf::Left ? u"0"_s : u"297"_s;
    return pdftotextOutput({u"-r"_s, u"72"_s, u"-x"_s, x, u"-y"_s, u"0"_s, u"-W"_s, u"298"_s, u"-H"_s, u"842"_s,
                            u"-enc"_s, u"UTF-8"_s, pdfPath, u"-"_s});
}

// Text whose line breaks may fall anywhere (narrow columns): compare without any spaces.
inline QString withoutSpaces(QString text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return text.remove(space);
}

// The text of an HTML document as QTextDocument reads it, whitespace runs made one space (quicker
// than a PDF for what does not depend on the page).
inline QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    static const QRegularExpression space(u"\\s+"_s);
    return document.toPlainText().replace(space, u" "_s);
}

} // namespace DocumentSamples
