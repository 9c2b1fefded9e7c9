#pragma once

// A realistic synthetic region for the benchmarks: Appendix 1 applications that pass the form's
// validation, with Kazakh and Russian names, IINs matching the birth date and sex (RULES 9),
// birth years over six years, categories in realistic proportions and filing times over five
// years. Deterministic for a seed. Not used by the program itself.

#include "domain/Application.h"
#include "domain/Iin.h"
#include "store/ApplicationJson.h"
#include "store/CanonicalJson.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace SyntheticRegion {

struct NameSet
{
    QStringList surnamesMale;   // same index: the female form
    QStringList surnamesFemale;
    QStringList namesMale;
    QStringList namesFemale;
    QStringList patronymicsMale;   // same index as patronymicsFemale: from the same father's name
    QStringList patronymicsFemale;
};

inline const NameSet &kazakh()
{
    static const NameSet set = [] {
        NameSet s;
        const QStringList surnames = {
            QStringLiteral("Серікбаев"), QStringLiteral("Нұрланов"), QStringLiteral("Әлібеков"),
            QStringLiteral("Жұмабаев"), QStringLiteral("Қасымов"), QStringLiteral("Оспанов"),
            QStringLiteral("Ахметов"), QStringLiteral("Төлеуов"), QStringLiteral("Сәрсенбаев"),
            QStringLiteral("Омаров"), QStringLiteral("Бекмұхамбетов"), QStringLiteral("Мұратов"),
            QStringLiteral("Ержанов"), QStringLiteral("Құдайбергенов"), QStringLiteral("Тоқаев"),
            QStringLiteral("Шәкенов"), QStringLiteral("Байжанов"), QStringLiteral("Есенов"),
            QStringLiteral("Ғабдуллин"), QStringLiteral("Іскаков"), QStringLiteral("Әбдірахманов"),
            QStringLiteral("Сейітов"), QStringLiteral("Жақыпов"), QStringLiteral("Мұқанов"),
            QStringLiteral("Рахымжанов"), QStringLiteral("Дүйсенов"), QStringLiteral("Қалиев"),
            QStringLiteral("Нұрмағамбетов"), QStringLiteral("Өтепов"), QStringLiteral("Ыбыраев"),
        };
        for (const QString &surname : surnames) {
            s.surnamesMale.append(surname);
            s.surnamesFemale.append(surname + u'а');
        }
        s.namesMale = {
            QStringLiteral("Асқар"), QStringLiteral("Нұрлан"), QStringLiteral("Ерлан"), QStringLiteral("Дәулет"),
            QStringLiteral("Арман"), QStringLiteral("Бауыржан"), QStringLiteral("Айдос"), QStringLiteral("Алихан"),
            QStringLiteral("Нұрсұлтан"), QStringLiteral("Мұхаммед"), QStringLiteral("Әли"), QStringLiteral("Темірлан"),
            QStringLiteral("Ерасыл"), QStringLiteral("Ернұр"), QStringLiteral("Санжар"), QStringLiteral("Іскендер"),
            QStringLiteral("Ақжол"), QStringLiteral("Қуаныш"), QStringLiteral("Ғалым"), QStringLiteral("Өркен"),
        };
        s.namesFemale = {
            QStringLiteral("Әлия"), QStringLiteral("Аружан"), QStringLiteral("Айым"), QStringLiteral("Інжу"),
            QStringLiteral("Томирис"), QStringLiteral("Айша"), QStringLiteral("Дана"), QStringLiteral("Жансая"),
            QStringLiteral("Мадина"), QStringLiteral("Гүлнар"), QStringLiteral("Айгерім"), QStringLiteral("Ақбота"),
            QStringLiteral("Сезім"), QStringLiteral("Әсел"), QStringLiteral("Аяулым"), QStringLiteral("Балнұр"),
            QStringLiteral("Назерке"), QStringLiteral("Ақерке"), QStringLiteral("Құралай"), QStringLiteral("Ұлжан"),
        };
        for (const QString &father : std::as_const(s.namesMale)) {
            s.patronymicsMale.append(father + QStringLiteral("ұлы"));
            s.patronymicsFemale.append(father + QStringLiteral("қызы"));
        }
        return s;
    }();
    return set;
}

inline const NameSet &russian()
{
    static const NameSet set = [] {
        NameSet s;
        const QStringList surnames = {
            QStringLiteral("Иванов"), QStringLiteral("Смирнов"), QStringLiteral("Кузнецов"), QStringLiteral("Попов"),
            QStringLiteral("Васильев"), QStringLiteral("Петров"), QStringLiteral("Соколов"), QStringLiteral("Михайлов"),
            QStringLiteral("Новиков"), QStringLiteral("Фёдоров"), QStringLiteral("Морозов"), QStringLiteral("Волков"),
            QStringLiteral("Алексеев"), QStringLiteral("Лебедев"), QStringLiteral("Семёнов"), QStringLiteral("Егоров"),
            QStringLiteral("Павлов"), QStringLiteral("Козлов"), QStringLiteral("Степанов"), QStringLiteral("Николаев"),
        };
        for (const QString &surname : surnames) {
            s.surnamesMale.append(surname);
            s.surnamesFemale.append(surname + u'а');
        }
        s.namesMale = {
            QStringLiteral("Александр"), QStringLiteral("Дмитрий"), QStringLiteral("Максим"), QStringLiteral("Сергей"),
            QStringLiteral("Андрей"), QStringLiteral("Алексей"), QStringLiteral("Артём"), QStringLiteral("Илья"),
            QStringLiteral("Кирилл"), QStringLiteral("Михаил"), QStringLiteral("Никита"), QStringLiteral("Матвей"),
            QStringLiteral("Иван"), QStringLiteral("Егор"), QStringLiteral("Пётр"),
        };
        s.namesFemale = {
            QStringLiteral("Анна"), QStringLiteral("Мария"), QStringLiteral("Елена"), QStringLiteral("Дарья"),
            QStringLiteral("Алина"), QStringLiteral("Ирина"), QStringLiteral("Екатерина"), QStringLiteral("Арина"),
            QStringLiteral("Полина"), QStringLiteral("Ольга"), QStringLiteral("Виктория"), QStringLiteral("Юлия"),
            QStringLiteral("София"), QStringLiteral("Ксения"), QStringLiteral("Ульяна"),
        };
        // Patronymics of the fathers' names above, male and female forms.
        const QList<std::pair<QString, QString>> patronymics = {
            {QStringLiteral("Александрович"), QStringLiteral("Александровна")},
            {QStringLiteral("Дмитриевич"), QStringLiteral("Дмитриевна")},
            {QStringLiteral("Максимович"), QStringLiteral("Максимовна")},
            {QStringLiteral("Сергеевич"), QStringLiteral("Сергеевна")},
            {QStringLiteral("Андреевич"), QStringLiteral("Андреевна")},
            {QStringLiteral("Алексеевич"), QStringLiteral("Алексеевна")},
            {QStringLiteral("Артёмович"), QStringLiteral("Артёмовна")},
            {QStringLiteral("Ильич"), QStringLiteral("Ильинична")},
            {QStringLiteral("Кириллович"), QStringLiteral("Кирилловна")},
            {QStringLiteral("Михайлович"), QStringLiteral("Михайловна")},
            {QStringLiteral("Никитич"), QStringLiteral("Никитична")},
            {QStringLiteral("Матвеевич"), QStringLiteral("Матвеевна")},
            {QStringLiteral("Иванович"), QStringLiteral("Ивановна")},
            {QStringLiteral("Егорович"), QStringLiteral("Егоровна")},
            {QStringLiteral("Петрович"), QStringLiteral("Петровна")},
        };
        for (const auto &[male, female] : patronymics) {
            s.patronymicsMale.append(male);
            s.patronymicsFemale.append(female);
        }
        return s;
    }();
    return set;
}

class Generator
{
public:
    // today: the last possible filing day; children are born within the six years before it.
    Generator(quint32 seed, QDate today) : m_random(seed), m_today(today) { }

    // A valid IIN for this birth date and sex, unique within the generator.
    QString iin(const QDate &birthDate, Iin::Sex sex)
    {
        const int century = birthDate.year() >= 2000 ? (sex == Iin::Sex::Male ? 5 : 6)
                                                     : (sex == Iin::Sex::Male ? 3 : 4);
        const QString prefix = birthDate.toString(QStringLiteral("yyMMdd")) + QString::number(century);
        for (;;) {
            const int serial = m_serials[prefix]++;
            const QString eleven = prefix + QStringLiteral("%1").arg(serial, 4, 10, QLatin1Char('0'));
            const int check = Iin::checkDigit(eleven);
            if (check >= 0)
                return eleven + QString::number(check);
        }
    }

    Application next()
    {
        Application a;
        const bool kazakhFamily = m_random.bounded(100) < 70;
        const NameSet &names = kazakhFamily ? kazakh() : russian();
        const int family = m_random.bounded(int(names.surnamesMale.size()));
        const int father = m_random.bounded(int(names.patronymicsMale.size()));

        // The child: born within the six years before today, at least a month old.
        const qint64 span = QDate(m_today.addYears(-6).addDays(1)).daysTo(m_today.addDays(-30));
        a.childBirthDate = m_today.addYears(-6).addDays(1 + m_random.bounded(span));
        a.childSex = m_random.bounded(2) ? Iin::Sex::Male : Iin::Sex::Female;
        const bool boy = a.childSex == Iin::Sex::Male;
        a.child = PersonName{boy ? names.surnamesMale.at(family) : names.surnamesFemale.at(family),
                             pick(boy ? names.namesMale : names.namesFemale),
                             boy ? names.patronymicsMale.at(father) : names.patronymicsFemale.at(father)};
        a.childIin = iin(a.childBirthDate, a.childSex);

        // The applicant: a parent, 20 to 45 years older.
        const bool mother = m_random.bounded(100) < 75;
        const QDate parentBirth = a.childBirthDate.addDays(-(20 * 365 + m_random.bounded(25 * 365)));
        const int grandfather = m_random.bounded(int(names.patronymicsMale.size()));
        a.applicant = PersonName{mother ? names.surnamesFemale.at(family) : names.surnamesMale.at(family),
                                 mother ? pick(names.namesFemale) : names.namesMale.at(father % names.namesMale.size()),
                                 mother ? names.patronymicsFemale.at(grandfather)
                                        : names.patronymicsMale.at(grandfather)};
        a.applicantIin = iin(parentBirth, mother ? Iin::Sex::Female : Iin::Sex::Male);
        a.settlement = pick(settlements());
        a.applicantAddress = a.settlement + QStringLiteral(", ") + pick(streets())
                             + QStringLiteral(" к-сі, %1-%2").arg(1 + m_random.bounded(120)).arg(1 + m_random.bounded(90));

        // Filed between birth and the sixth birthday, within the last five years, in office hours.
        QDate earliest = std::max(a.childBirthDate, m_today.addYears(-5));
        QDate latest = std::min(m_today, a.childBirthDate.addYears(6).addDays(-1));
        const QDate filed = earliest.addDays(m_random.bounded(qMax<qint64>(1, earliest.daysTo(latest) + 1)));
        a.filedAt = QDateTime(filed, QTime(9, 0)).addMSecs(m_random.bounded(9 * 3600 * 1000));

        // Categories: ~85% none, ~2% extraordinary (1, 2), the rest primary (3 to 9).
        const int draw = m_random.bounded(1000);
        if (draw < 850) {
            a.category = Category::None;
        } else if (draw < 870) {
            a.category = draw < 862 ? Category::Military : Category::SpecialStateBody;
        } else {
            // Large families are by far the most frequent primary right.
            static const QList<Category> primary = {
                Category::LargeFamily, Category::LargeFamily, Category::LargeFamily, Category::LargeFamily,
                Category::LargeFamily, Category::DisabledParent, Category::SpecialNeeds,
                Category::WithoutParentalCare, Category::Orphan, Category::TeacherChild, Category::TeacherChild,
                Category::FamilyWithDisabledChild};
            a.category = primary.at(m_random.bounded(int(primary.size())));
        }
        if (Categories::requiresDocument(a.category) || Categories::documentExpires(a.category)) {
            a.categoryDocument = CategoryDocument{
                Categories::documentExpires(a.category) ? QStringLiteral("Жұмыс орнынан анықтама")
                                                        : QStringLiteral("ПМПК қорытындысы"),
                QStringLiteral("№ %1").arg(1 + m_random.bounded(9999)), QStringLiteral("Мекеме"),
                filed.addDays(-m_random.bounded(20))};
        }

        const int kindergartens = m_random.bounded(100) < 20 ? 0 : 1 + m_random.bounded(3);
        while (a.preferredKindergartens.size() < kindergartens) {
            const QString id = QStringLiteral("kg-%1").arg(1 + m_random.bounded(300), 3, 10, QLatin1Char('0'));
            if (!a.preferredKindergartens.contains(id))
                a.preferredKindergartens.append(id);
        }
        const int language = m_random.bounded(100);
        a.language = language < 40 ? TeachingLanguage::Any
                     : language < (kazakhFamily ? 90 : 50) ? TeachingLanguage::Kazakh
                                                           : TeachingLanguage::Russian;
        static const QStringList operators = {QStringLiteral("701"), QStringLiteral("702"), QStringLiteral("705"),
                                              QStringLiteral("707"), QStringLiteral("708"), QStringLiteral("747"),
                                              QStringLiteral("771"), QStringLiteral("775"), QStringLiteral("777"),
                                              QStringLiteral("778")};
        const int phones = m_random.bounded(100) < 30 ? 2 : 1;
        for (int i = 0; i < phones; ++i)
            a.phones.append(QStringLiteral("+7") + pick(operators)
                            + QStringLiteral("%1").arg(m_random.bounded(10000000), 7, 10, QLatin1Char('0')));
        if (m_random.bounded(100) < 30)
            a.email = QStringLiteral("parent%1@mail.kz").arg(m_random.bounded(100000000));
        a.consent = true;
        a.signatureDate = filed;

        // Mostly waiting; some already placed, stop-listed or archived.
        const int state = m_random.bounded(100);
        a.status = state < 88 ? ApplicationStatus::Queued
                   : state < 93 ? ApplicationStatus::DirectionIssued
                   : state < 95 ? ApplicationStatus::StopListed
                                : ApplicationStatus::Archived;
        if (a.status == ApplicationStatus::Archived)
            a.archiveReason = ArchiveReason::Enrolled;
        if (a.status == ApplicationStatus::StopListed)
            a.stopListedUntil = m_today.addDays(1 + m_random.bounded(10));

        const auto byte = [this] { return uchar(m_random.bounded(256)); };
        const QUuid uuid(m_random.generate(), ushort(m_random.bounded(65536)),
                         ushort((m_random.bounded(65536) & 0x0fff) | 0x4000), // version 4
                         uchar((byte() & 0x3f) | 0x80), byte(), byte(), byte(), byte(), byte(), byte(), byte());
        a.id = uuid.toString(QUuid::WithoutBraces);
        return a;
    }

    // count applications, in filing order, with registration sequences 1, 2, ... in that order.
    QList<Application> region(int count)
    {
        QList<Application> list;
        list.reserve(count);
        for (int i = 0; i < count; ++i)
            list.append(next());
        std::sort(list.begin(), list.end(), [](const Application &x, const Application &y) {
            return x.filedAt < y.filedAt;
        });
        for (qsizetype i = 0; i < list.size(); ++i)
            list[i].registrationSequence = i + 1;
        return list;
    }

    // One record of the import file: ApplicationJson without the keys that hold their default.
    static QByteArray record(const Application &application)
    {
        QJsonObject object = ApplicationJson::toJson(application);
        for (auto it = object.begin(); it != object.end();) {
            const QJsonValue value = it.value();
            const bool empty = value.isNull() || (value.isString() && value.toString().isEmpty())
                               || (value.isArray() && value.toArray().isEmpty());
            it = empty ? object.erase(it) : it + 1;
        }
        return CanonicalJson::encode(object);
    }

private:
    const QString &pick(const QStringList &list) { return list.at(m_random.bounded(int(list.size()))); }

    static const QStringList &settlements()
    {
        static const QStringList list = {QStringLiteral("Қонаев"), QStringLiteral("Талғар"), QStringLiteral("Есік"),
                                         QStringLiteral("Қаскелең"), QStringLiteral("Отеген батыр"),
                                         QStringLiteral("Іле ауылы"), QStringLiteral("Шамалған")};
        return list;
    }
    static const QStringList &streets()
    {
        static const QStringList list = {QStringLiteral("Абай"), QStringLiteral("Төле би"), QStringLiteral("Достық"),
                                         QStringLiteral("Қабанбай батыр"), QStringLiteral("Бейбітшілік"),
                                         QStringLiteral("Жібек жолы"), QStringLiteral("Сәтбаев")};
        return list;
    }

    QRandomGenerator m_random;
    QDate m_today;
    QHash<QString, int> m_serials;
};

} // namespace SyntheticRegion
