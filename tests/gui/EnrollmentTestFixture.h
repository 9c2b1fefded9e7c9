#pragma once

// What the enrollment GUI tests share: a store on a temporary file with this kindergarten's
// profile saved, a FixedClock inside office hours (Tue 24.11.2026 10:00, Asia/Almaty), the
// built-in working-day calendar, and directions written the way they arrive (DirectionStore::
// importJson), optionally for an application registered at this desk.

#include "DocumentSamples.h"
#include "GuiTestHelpers.h"
#include "common/DeskContext.h"
#include "domain/Application.h"
#include "domain/Clock.h"
#include "domain/Direction.h"
#include "domain/Enrollment.h"
#include "domain/Iin.h"
#include "domain/KindergartenProfile.h"
#include "domain/WorkCalendar.h"
#include "settings/RuleSettings.h"
#include "store/ApplicationStore.h"
#include "store/Database.h"
#include "store/DirectionStore.h"
#include "store/KindergartenProfileStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace EnrollmentTest {

using namespace Qt::StringLiterals;

inline QDateTime at(int year, int month, int day, int hour = 10, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute));
}

// Tuesday 24 November 2026, 10:00: a working day, documents accepted.
inline QDateTime deskNow()
{
    return at(2026, 11, 24);
}

// A BIN with a correct check digit (RULES 9 scheme): 11 digits, then the check digit.
inline QString makeBin(int serial)
{
    for (;; ++serial) {
        const QString eleven = u"0404400"_s + u"%1"_s.arg(serial % 10000, 4, 10, QLatin1Char('0'));
        const int check = Iin::checkDigit(eleven);
        if (check >= 0)
            return eleven + QString::number(check);
    }
}

inline KindergartenProfile profile()
{
    KindergartenProfile p;
    p.id = u"KG-0042"_s;
    p.nameKk = u"«Айгөлек» № 42 бөбекжайы"_s;
    p.nameRu = u"Ясли-сад № 42 «Айгөлек»"_s;
    p.bin = makeBin(17);
    p.addressKk = u"Астана қаласы, Сарыарқа ауданы, Жеңіс даңғылы 15"_s;
    p.addressRu = u"город Астана, район Сарыарка, проспект Женис 15"_s;
    p.cityKk = u"Астана қаласы"_s;
    p.cityRu = u"город Астана"_s;
    p.headName = u"Жұмабаева Сәуле Ерланқызы"_s;
    p.phone = u"+7 7172 55 44 33"_s;
    p.bank = u"«Қазақстан Халық Банкі» АҚ"_s;
    p.account = u"KZ446010002001234567"_s;
    p.bik = u"HSBKKZKX"_s;
    p.feeAmount = 25000;
    p.feeDueDay = 10;
    return p;
}

inline const QString &childIin()
{
    static const QString iin = GuiTestHelpers::makeIin(QDate(2022, 5, 10), Iin::Sex::Male, 123);
    return iin;
}

inline const QString &applicantIin()
{
    static const QString iin = GuiTestHelpers::makeIin(QDate(1990, 7, 2), Iin::Sex::Female, 456);
    return iin;
}

// A direction to this kindergarten, issued on Monday 23.11.2026: in force until Monday 30.11.2026.
inline Direction direction(const QString &number = u"02-2026-000123"_s)
{
    Direction d;
    d.number = number;
    d.kindergartenId = profile().id;
    d.groupName = u"Ортаңғы топ «Балапан»"_s;
    d.groupLanguage = TeachingLanguage::Kazakh;
    d.groupType = GroupType::General;
    d.workingMode = WorkingMode::FullDay;
    d.admissionMode = AdmissionMode::General;
    d.issuedAt = at(2026, 11, 23, 11);
    d.child = PersonName{u"Сейітқали"_s, u"Әлихан"_s, u"Нұрланұлы"_s};
    d.childIin = childIin();
    d.childBirthDate = QDate(2022, 5, 10);
    d.applicant = PersonName{u"Сейітқали"_s, u"Гүлнар"_s, u"Маратқызы"_s};
    d.applicantIin = applicantIin();
    d.applicantAddress = u"Астана қаласы, Абай даңғылы 10, 25-пәтер"_s;
    d.phones = {u"+77012345678"_s};
    return d;
}

// The child's Appendix 1 application, as registered at this desk in April 2024.
inline Application application()
{
    const Direction d = direction();
    Application a;
    a.applicant = d.applicant;
    a.applicantIin = d.applicantIin;
    a.applicantAddress = d.applicantAddress;
    a.settlement = u"Астана"_s;
    a.child = d.child;
    a.childIin = d.childIin;
    a.childBirthDate = d.childBirthDate;
    a.childSex = Iin::Sex::Male;
    a.category = Category::None;
    a.preferredKindergartens = {profile().id};
    a.language = TeachingLanguage::Kazakh;
    a.phones = d.phones;
    a.consent = true;
    a.signatureDate = QDate(2024, 4, 1);
    return a;
}

// A contract and a refusal as the store records them, for the direction above (numbered, signed
// on deskNow()); the contract's ID document is the free text of a contract recorded before
// issue 13.
inline const QString contractNumber = u"Ш-2026-0007"_s;
inline const QString refusalNumber = u"Б-2026-0003"_s;

inline ContractRecord contractRecord()
{
    const Direction d = direction();
    ContractRecord c;
    c.number = contractNumber;
    c.date = deskNow().date();
    c.directionNumber = d.number;
    c.parent = d.applicant;
    c.parentIin = d.applicantIin;
    c.parentIdDocument = u"ЖК № 045678912"_s;
    c.parentAddress = d.applicantAddress;
    c.phones = d.phones;
    c.startsOn = deskNow().date();
    c.clerk = u"Әсем"_s;
    c.recordedAt = deskNow();
    c.verificationCode = u"0a1b2c3d4e"_s;
    return c;
}

inline RefusalRecord refusalRecord()
{
    RefusalRecord r;
    r.number = refusalNumber;
    r.date = deskNow().date();
    r.directionNumber = direction().number;
    r.grounds = {RefusalGround::DocumentsMissingOrOutOfDate};
    r.faultyItems = {ChecklistItem::HealthCertificate};
    r.reasons = u"Денсаулық туралы анықтама жоқ."_s;
    r.clerk = u"Әсем"_s;
    r.recordedAt = deskNow();
    r.verificationCode = u"5f6a7b8c9d"_s;
    return r;
}

// pdftotext -layout, whitespace runs made one space: the document tests' reader.
using DocumentSamples::pdfText;

// One desk: the store on a temporary file, the profile saved, the clock at deskNow().
class Desk
{
public:
    Desk()
    {
        if (!m_dir.isValid())
            return;
        auto opened = Database::open(m_dir.filePath(u"store.sqlite"_s));
        if (!opened)
            return;
        m_context.store = *opened;
        m_clock = std::make_shared<FixedClock>(deskNow());
        m_context.clock = m_clock;
        auto calendar = WorkCalendar::loadBuiltIn();
        if (calendar)
            m_context.calendar = std::make_shared<const WorkCalendar>(*calendar);
        m_context.clerk = u"Әсем"_s;
        m_ready = calendar.hasValue()
                  && KindergartenProfileStore(m_context.store).save(profile(), m_context.clerk, deskNow()).ok();
    }

    bool isReady() const { return m_ready; }
    const DeskContext &context() const { return m_context; }
    std::shared_ptr<Database> store() const { return m_context.store; }
    FixedClock &clock() { return *m_clock; }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Registers the child's application here and returns its id (empty on failure).
    QString registerApplication()
    {
        const auto registered = ApplicationStore(m_context.store)
                                    .registerApplication(application(), m_context.clerk,
                                                         ValidationContext{at(2024, 4, 1), RuleSettings{}});
        return registered ? registered->application.id : QString();
    }

    static QByteArray json(const QList<Direction> &directions)
    {
        QJsonArray array;
        for (const Direction &d : directions)
            array.append(DirectionStore::toJson(d));
        return QJsonDocument(array).toJson();
    }

    // Imports as the administrator would; true when every one of them was written.
    bool importDirections(const QList<Direction> &directions)
    {
        const auto result = DirectionStore(m_context.store).importJson(json(directions), m_context.clerk, m_clock->now());
        return result && result->refused.isEmpty() && result->imported == directions.size();
    }

private:
    QTemporaryDir m_dir;
    DeskContext m_context;
    std::shared_ptr<FixedClock> m_clock;
    bool m_ready = false;
};

} // namespace EnrollmentTest
