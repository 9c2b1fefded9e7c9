<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About %1</source>
        <translation>О программе %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>The reception desk of a kindergarten: applications to the queue, directions, enrollment with contracts and reasoned refusals, complaints and registers, under the Rules for state services in preschool education of the Republic of Kazakhstan.</source>
        <translation>Программа канцелярии дошкольной организации: заявления в очередь, направления, зачисление с заключением договора или мотивированным отказом, жалобы и реестры — по Правилам оказания государственных услуг в сфере дошкольного образования Республики Казахстан.</translation>
    </message>
    <message>
        <source>The desk works offline with its own local store and syncs with the region&apos;s queue server when it is connected.</source>
        <translation>Программа работает и без сети, со своим локальным хранилищем, а при подключении синхронизируется с сервером очереди региона.</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2.</source>
        <translation>Собрано с Qt %1, работает на Qt %2.</translation>
    </message>
</context>
<context>
    <name>ApplicationDetailsDialog</name>
    <message>
        <source>Application: %1</source>
        <translation>Заявление: %1</translation>
    </message>
    <message>
        <source>Application not found</source>
        <translation>Заявление не найдено</translation>
    </message>
    <message>
        <source>The local store holds no application with the id %1.</source>
        <translation>В локальном хранилище нет заявления с идентификатором %1.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Событие</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>IIN:</source>
        <translation>ИИН:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>Пол:</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Услугополучатель</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <source>Settlement:</source>
        <translation>Населенный пункт:</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Mobile numbers:</source>
        <translation>Номера мобильных телефонов:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>Consent to data processing:</source>
        <translation>Согласие на обработку данных:</translation>
    </message>
    <message>
        <source>given</source>
        <translation>получено</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>не получено</translation>
    </message>
    <message>
        <source>Signed on:</source>
        <translation>Дата подписания:</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Queue number:</source>
        <translation>Номер очередности:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>On the stop list until:</source>
        <translation>В стоп-листе до:</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>зачисление</translation>
    </message>
    <message>
        <source>withdrawn by the applicant</source>
        <translation>отзыв услугополучателем</translation>
    </message>
    <message>
        <source>age limit reached</source>
        <translation>достижение предельного возраста</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>дубликат</translation>
    </message>
    <message>
        <source>other</source>
        <translation>другое</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Причина:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Подано:</translation>
    </message>
    <message>
        <source>Registration number:</source>
        <translation>Регистрационный номер:</translation>
    </message>
    <message>
        <source>not yet synchronised</source>
        <translation>еще не синхронизировано</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Document:</source>
        <translation>Документ:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Кем выдан:</translation>
    </message>
    <message>
        <source>Issued on:</source>
        <translation>Дата выдачи:</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Пожелания</translation>
    </message>
    <message>
        <source>Preferred kindergartens:</source>
        <translation>Выбранные дошкольные организации:</translation>
    </message>
    <message>
        <source>any</source>
        <translation>любой</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching:</source>
        <translation>Язык воспитания и обучения:</translation>
    </message>
    <message>
        <source>No journal entries name this application.</source>
        <translation>В журнале нет записей об этом заявлении.</translation>
    </message>
    <message>
        <source>Application registered</source>
        <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Выдано направление</translation>
    </message>
    <message>
        <source>Put on the stop list</source>
        <translation>Внесено в стоп-лист</translation>
    </message>
    <message>
        <source>Moved to the archive</source>
        <translation>Перемещено в архив</translation>
    </message>
    <message>
        <source>Category changed</source>
        <translation>Категория изменена</translation>
    </message>
</context>
<context>
    <name>ApplicationForm</name>
    <message>
        <source>Application (Appendix 1)</source>
        <translation>Заявление (приложение 1)</translation>
    </message>
    <message>
        <source>Fill in the form with the applicant, in the order of the paper form. Problems appear next to their field; nothing you typed is lost when the application cannot be saved.</source>
        <translation>Заполняйте форму вместе с услугополучателем в порядке бумажного бланка. Ошибки показываются рядом с соответствующим полем; если заявление не удается сохранить, введенные данные не теряются.</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Услугополучатель</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Wishes</source>
        <translation>Пожелания</translation>
    </message>
    <message>
        <source>Notification of changes</source>
        <translation>Уведомление об изменениях</translation>
    </message>
    <message>
        <source>Consent and signature</source>
        <translation>Согласие и подпись</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Patronymic (if any)</source>
        <translation>Отчество (при наличии)</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Home address</source>
        <translation>Адрес места жительства</translation>
    </message>
    <message>
        <source>Settlement (city, town or village)</source>
        <translation>Населенный пункт (город, поселок, село)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Пол</translation>
    </message>
    <message>
        <source>Supporting document</source>
        <translation>Подтверждающий документ</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Кем выдан</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <source>Kindergarten %1</source>
        <translation>Дошкольная организация %1</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Язык воспитания и обучения</translation>
    </message>
    <message>
        <source>Mobile number %1 (SMS)</source>
        <translation>Номер мобильного телефона %1 (SMS)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY. Proposed from the child&apos;s IIN; correct it when the birth certificate says otherwise.</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ. Подставляется по ИИН ребенка; исправьте, если в свидетельстве о рождении указана другая дата.</translation>
    </message>
    <message>
        <source>e.g. certificate from the place of service</source>
        <translation>например, справка с места службы</translation>
    </message>
    <message>
        <source>name@example.kz</source>
        <translation>name@example.kz</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Не указан</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Мужской</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Женский</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другой</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>The applicant consents to the use of personal data protected by law in the information system.</source>
        <translation>Услугополучатель дает согласие на использование сведений, составляющих охраняемую законом тайну, содержащихся в информационной системе.</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>Register the application (Ctrl+S)</source>
        <translation>Зарегистрировать заявление (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;New application</source>
        <translation>&amp;Новое заявление</translation>
    </message>
    <message>
        <source>&amp;Open the existing application</source>
        <translation>&amp;Открыть действующее заявление</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>&amp;Печать...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Сохранить в P&amp;DF...</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(не выбрана)</translation>
    </message>
    <message>
        <source>The region&apos;s list of kindergartens is empty: an administrator adds them in Settings.</source>
        <translation>Список дошкольных организаций региона пуст: администратор добавляет их в разделе «Настройки».</translation>
    </message>
    <message>
        <source>Up to four, in order of preference.</source>
        <translation>Не более четырех, в порядке приоритета.</translation>
    </message>
    <message>
        <source>not known yet</source>
        <translation>пока неизвестен</translation>
    </message>
    <message>
        <source>The application is registered.
Provisional queue number: %1 among the children born in %2.
Application number: %3</source>
        <translation>Заявление зарегистрировано.
Предварительный номер очередности: %1 среди детей %2 года рождения.
Номер заявления: %3</translation>
    </message>
    <message>
        <source>Not registered: %1 already has an active application.
Application number: %2, filed on %3.</source>
        <translation>Не зарегистрировано: у ребенка (%1) уже есть действующее заявление.
Номер заявления: %2, подано %3.</translation>
    </message>
    <message>
        <source>Not registered: this child already has an active application.</source>
        <translation>Не зарегистрировано: у этого ребенка уже есть действующее заявление.</translation>
    </message>
    <message>
        <source>Not registered:</source>
        <translation>Не зарегистрировано:</translation>
    </message>
    <message>
        <source>Application %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Номер заявления:</translation>
    </message>
    <message>
        <source>Filed:</source>
        <translation>Подано:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребенок:</translation>
    </message>
    <message>
        <source>Child&apos;s IIN:</source>
        <translation>ИИН ребенка:</translation>
    </message>
    <message>
        <source>Date of birth:</source>
        <translation>Дата рождения:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Услугополучатель:</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN:</source>
        <translation>ИИН услугополучателя:</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Категория:</translation>
    </message>
    <message>
        <source>Mobile numbers:</source>
        <translation>Номера мобильных телефонов:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Электронная почта:</translation>
    </message>
    <message>
        <source>Save the application as PDF</source>
        <translation>Сохранить заявление в PDF</translation>
    </message>
    <message>
        <source>application-%1.pdf</source>
        <translation>заявление-%1.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CalendarDay</name>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>weekend</source>
        <translation>выходной день</translation>
    </message>
    <message>
        <source>%1 (%2 fell on a weekend)</source>
        <translation>%1 (перенос с выходного дня %2)</translation>
    </message>
    <message>
        <source>transferred by government decree</source>
        <translation>выходной, перенесенный постановлением Правительства</translation>
    </message>
    <message>
        <source>transferred by government decree: %1</source>
        <translation>выходной, перенесенный постановлением Правительства: %1</translation>
    </message>
    <message>
        <source>weekend worked by government decree</source>
        <translation>выходной, объявленный постановлением Правительства рабочим днем</translation>
    </message>
    <message>
        <source>weekend worked by government decree: %1</source>
        <translation>выходной, объявленный постановлением Правительства рабочим днем: %1</translation>
    </message>
</context>
<context>
    <name>CalendarYear</name>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>некорректный JSON в позиции %1: %2</translation>
    </message>
    <message>
        <source>the file must hold one JSON object</source>
        <translation>файл должен содержать один объект JSON</translation>
    </message>
    <message>
        <source>%1: unknown key &quot;%2&quot;</source>
        <translation>%1: неизвестный ключ «%2»</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>верхний уровень</translation>
    </message>
    <message>
        <source>&quot;format&quot; must be a positive whole number</source>
        <translation>значение «format» должно быть целым положительным числом</translation>
    </message>
    <message>
        <source>format %1 is newer than this program reads (%2)</source>
        <translation>формат %1 новее, чем поддерживает эта программа (%2)</translation>
    </message>
    <message>
        <source>&quot;year&quot; must be a year such as 2026</source>
        <translation>значение «year» должно быть годом, например 2026</translation>
    </message>
    <message>
        <source>%1: &quot;date&quot; is not a date (YYYY-MM-DD)</source>
        <translation>%1: значение «date» не является датой (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>&quot;holidays&quot; must be a list</source>
        <translation>значение «holidays» должно быть списком</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: ожидается объект</translation>
    </message>
    <message>
        <source>%1: &quot;name&quot; needs at least one of kk, ru, en</source>
        <translation>%1: в «name» нужен хотя бы один из ключей kk, ru, en</translation>
    </message>
    <message>
        <source>%1: &quot;moves&quot; must be true or false</source>
        <translation>%1: значение «moves» должно быть true или false</translation>
    </message>
    <message>
        <source>%1: &quot;kurban_ait&quot; must be true or false</source>
        <translation>%1: значение «kurban_ait» должно быть true или false</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>значение «%1» должно быть списком</translation>
    </message>
    <message>
        <source>%1 is not in %2</source>
        <translation>дата %1 не относится к %2 году</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>дата %1 указана дважды</translation>
    </message>
    <message>
        <source>%1: Kurban Ait never moves</source>
        <translation>%1: Курбан айт не переносится</translation>
    </message>
    <message>
        <source>%1: Kurban Ait is listed twice</source>
        <translation>%1: Курбан айт указан дважды</translation>
    </message>
    <message>
        <source>%1: a day off by decree must be a weekday</source>
        <translation>%1: выходной по постановлению Правительства должен приходиться на будний день</translation>
    </message>
    <message>
        <source>%1: a working day by decree must be a Saturday or Sunday</source>
        <translation>%1: рабочий день по постановлению Правительства должен приходиться на субботу или воскресенье</translation>
    </message>
</context>
<context>
    <name>Category</name>
    <message>
        <source>Child of a military serviceman, including one who died, passed away or went missing in service</source>
        <translation>Ребенок военнослужащего, в том числе погибшего, умершего или пропавшего без вести во время прохождения воинской службы</translation>
    </message>
    <message>
        <source>Child of an employee of a special state body, including one who died, passed away or went missing in service</source>
        <translation>Ребенок сотрудника специальных государственных органов, в том числе погибшего, умершего или пропавшего без вести во время прохождения службы</translation>
    </message>
    <message>
        <source>Child whose legal representatives are persons with a disability</source>
        <translation>Ребенок, законные представители которого являются лицами с инвалидностью</translation>
    </message>
    <message>
        <source>Child with special educational needs</source>
        <translation>Ребенок с особыми образовательными потребностями</translation>
    </message>
    <message>
        <source>Child left without parental care</source>
        <translation>Ребенок, оставшийся без попечения родителей</translation>
    </message>
    <message>
        <source>Orphan</source>
        <translation>Ребенок-сирота</translation>
    </message>
    <message>
        <source>Child from a large family</source>
        <translation>Ребенок из многодетной семьи</translation>
    </message>
    <message>
        <source>Child of a teacher</source>
        <translation>Ребенок педагога</translation>
    </message>
    <message>
        <source>Child from a family raising a child with a disability</source>
        <translation>Ребенок из семьи, воспитывающей ребенка с инвалидностью</translation>
    </message>
    <message>
        <source>None of the categories above</source>
        <translation>Не относится ни к одной из вышеперечисленных категорий</translation>
    </message>
    <message>
        <source>Military serviceman&apos;s child</source>
        <translation>Ребенок военнослужащего</translation>
    </message>
    <message>
        <source>Special state body employee&apos;s child</source>
        <translation>Ребенок сотрудника специальных государственных органов</translation>
    </message>
    <message>
        <source>Parents with a disability</source>
        <translation>Родители с инвалидностью</translation>
    </message>
    <message>
        <source>Special educational needs</source>
        <translation>Особые образовательные потребности</translation>
    </message>
    <message>
        <source>Without parental care</source>
        <translation>Без попечения родителей</translation>
    </message>
    <message>
        <source>Large family</source>
        <translation>Многодетная семья</translation>
    </message>
    <message>
        <source>Teacher&apos;s child</source>
        <translation>Ребенок педагога</translation>
    </message>
    <message>
        <source>Family with a disabled child</source>
        <translation>Семья, воспитывающая ребенка с инвалидностью</translation>
    </message>
    <message>
        <source>No category</source>
        <translation>Без категории</translation>
    </message>
    <message>
        <source>Extraordinary right</source>
        <translation>Внеочередное право</translation>
    </message>
    <message>
        <source>Primary right</source>
        <translation>Первоочередное право</translation>
    </message>
    <message>
        <source>General queue</source>
        <translation>Общая очередь</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>the option %1 needs a value; see %2 --help</source>
        <translation>для параметра %1 нужно значение; см. %2 --help</translation>
    </message>
    <message>
        <source>unknown language &quot;%1&quot; for --lang; use kk, ru or en</source>
        <translation>неизвестный язык «%1» для --lang; укажите kk, ru или en</translation>
    </message>
    <message>
        <source>unknown option &quot;%1&quot;; see %2 --help</source>
        <translation>неизвестный параметр «%1»; см. %2 --help</translation>
    </message>
    <message>
        <source>no command given; see %1 --help</source>
        <translation>не указана команда; см. %1 --help</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see %2 --help</source>
        <translation>неизвестная команда «%1»; см. %2 --help</translation>
    </message>
    <message>
        <source>%1: a subcommand is missing; see %2 %1 --help</source>
        <translation>%1: не указана подкоманда; см. %2 %1 --help</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; see %3 %1 --help</source>
        <translation>%1: неизвестная подкоманда «%2»; см. %3 %1 --help</translation>
    </message>
    <message>
        <source>%1: wrong number of arguments; usage: %2 %1 %3</source>
        <translation>%1: неверное число аргументов; использование: %2 %1 %3</translation>
    </message>
    <message>
        <source>Usage: %1 [OPTIONS] COMMAND [ARGUMENTS]</source>
        <translation>Использование: %1 [ПАРАМЕТРЫ] КОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Qabyldau console tool: checks IINs and counts working days with the Kazakhstan calendar.</source>
        <translation>Консольная программа Qabyldau: проверяет ИИН и считает рабочие дни по календарю Республики Казахстан.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>language of the messages (default: the system language if Kazakh or Russian, else English)</source>
        <translation>язык сообщений (по умолчанию — язык системы, если он казахский или русский, иначе английский)</translation>
    </message>
    <message>
        <source>the local store, for commands that use one</source>
        <translation>локальное хранилище — для команд, которые его используют</translation>
    </message>
    <message>
        <source>this help; after a command, the command&apos;s help</source>
        <translation>эта справка; после команды — справка по этой команде</translation>
    </message>
    <message>
        <source>the program&apos;s version</source>
        <translation>версия программы</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>done; the answer is yes</source>
        <translation>выполнено; ответ «да»</translation>
    </message>
    <message>
        <source>the answer is no: the IIN is not valid, the day is not a working day</source>
        <translation>ответ «нет»: ИИН недействителен, день не является рабочим</translation>
    </message>
    <message>
        <source>usage error: unknown command or option, wrong arguments, a value that is not a date or a number</source>
        <translation>ошибка вызова: неизвестная команда или параметр, неверные аргументы, значение не является датой или числом</translation>
    </message>
    <message>
        <source>no answer: no working-day calendar for that year, or a calendar file cannot be read</source>
        <translation>нет ответа: нет календаря рабочих дней на этот год или не удается прочитать файл календаря</translation>
    </message>
    <message>
        <source>Dates are written and printed as YYYY-MM-DD. &quot;%1 COMMAND --help&quot; describes a command.</source>
        <translation>Даты вводятся и выводятся в формате ГГГГ-ММ-ДД. «%1 КОМАНДА --help» выводит описание команды.</translation>
    </message>
    <message>
        <source>Usage: %1 %2 SUBCOMMAND [ARGUMENTS]</source>
        <translation>Использование: %1 %2 ПОДКОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Usage: %1 %2</source>
        <translation>Использование: %1 %2</translation>
    </message>
    <message>
        <source>not encoded</source>
        <translation>не определяется</translation>
    </message>
    <message>
        <source>male</source>
        <translation>мужской</translation>
    </message>
    <message>
        <source>female</source>
        <translation>женский</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>birth date: %1</source>
        <translation>дата рождения: %1</translation>
    </message>
    <message>
        <source>sex: %1</source>
        <translation>пол: %1</translation>
    </message>
    <message>
        <source>check an IIN and show the birth date and sex it encodes</source>
        <translation>проверить ИИН и показать закодированные в нем дату рождения и пол</translation>
    </message>
    <message>
        <source>Checks that IIN has 12 digits (spaces and dashes between them are ignored) and a
correct check digit. If it is valid, prints three lines:
  valid
  birth date: YYYY-MM-DD
  sex: male|female
with &quot;not encoded&quot; where the digits do not form a date (IINs issued since
2013 need not encode the person). Exit code 0 when valid; 1 and the reason
on standard error when not.</source>
        <translation>Проверяет, что IIN состоит из 12 цифр (пробелы и дефисы между ними не учитываются)
и имеет верную контрольную цифру. Если ИИН действителен, выводит три строки:
  действителен
  дата рождения: ГГГГ-ММ-ДД
  пол: мужской|женский
со словами «не определяется», если цифры не образуют дату (ИИН, выданные с 2013
года, могут не содержать сведений о владельце). Код завершения 0, если ИИН
действителен; иначе 1 и причина в стандартном потоке ошибок.</translation>
    </message>
    <message>
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <source>working day: %1</source>
        <translation>рабочий день: %1</translation>
    </message>
    <message>
        <source>day off: %1</source>
        <translation>нерабочий день: %1</translation>
    </message>
    <message>
        <source>print the date N working days after DATE</source>
        <translation>вывести дату через N рабочих дней после DATE</translation>
    </message>
    <message>
        <source>Prints, as YYYY-MM-DD, the N-th working day after DATE: counting starts the
day after DATE, and N = 0 prints DATE itself. Weekends, public holidays,
holidays moved off a weekend and days off by government decree are skipped;
weekends worked by decree count. N is a whole number, 0 or more.
Exit code 3 when a day of the count falls in a year with no calendar.</source>
        <translation>Выводит в формате ГГГГ-ММ-ДД N-й рабочий день после DATE: отсчет начинается
со дня, следующего за DATE, а при N = 0 выводится сама DATE. Выходные,
праздничные и перенесенные праздничные дни, выходные по постановлению Правительства
пропускаются; выходные, объявленные рабочими, учитываются. N — целое неотрицательное число.
Код завершения 3, если день отсчета приходится на год без календаря.</translation>
    </message>
    <message>
        <source>tell whether DATE is a working day</source>
        <translation>узнать, является ли DATE рабочим днем</translation>
    </message>
    <message>
        <source>Prints &quot;working day&quot; and exits with 0 when DATE is a working day (a weekend
worked by government decree adds why), or &quot;day off: &quot; and the reason (the
holiday&apos;s name, &quot;weekend&quot;, a moved holiday or a decree) and exits with 1.
Exit code 3 when DATE&apos;s year has no calendar.</source>
        <translation>Выводит «рабочий день» и завершается с кодом 0, если DATE — рабочий день (для
выходного, объявленного рабочим, добавляется причина), или «нерабочий день: »
и причину (название праздника, «выходной день», перенос праздника или постановление)
и завершается с кодом 1. Код завершения 3, если для года DATE нет календаря.</translation>
    </message>
    <message>
        <source>record %1: %2</source>
        <translation>запись %1: %2</translation>
    </message>
    <message>
        <source>imported %1, already present %2, invalid %3</source>
        <translation>импортировано: %1, уже в хранилище: %2, с ошибками: %3</translation>
    </message>
    <message>
        <source>queue list: --birth-year YYYY is required</source>
        <translation>queue list: требуется параметр --birth-year YYYY</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: файл не найден</translation>
    </message>
    <message>
        <source>import Appendix 1 applications from a JSON file into the store</source>
        <translation>импортировать заявления по приложению 1 из файла JSON в хранилище</translation>
    </message>
    <message>
        <source>Reads FILE, a JSON array of applications (format: docs/cli.md), checks each
record as the application form does (and one active application per child)
and imports the valid ones into the store of --store. Each invalid record is
reported on standard error as &quot;record N: reason&quot;, N counting from 0.
Records whose id is in the store already are skipped, so importing a file
twice imports it once. Prints &quot;imported N, already present M, invalid K&quot;.
Exit code 0 when every record was valid, 1 when some were not, 3 when FILE
cannot be read or is not a JSON array, 4 when the store cannot be written.</source>
        <translation>Читает FILE — массив заявлений в формате JSON (формат: docs/cli.md), проверяет
каждую запись так же, как форма заявления (в том числе одно действующее
заявление на ребенка), и импортирует верные записи в хранилище --store. О каждой
неверной записи сообщается в стандартный поток ошибок: «запись N: причина»,
нумерация N начинается с 0. Записи, идентификатор которых уже есть в хранилище,
пропускаются, поэтому повторный импорт файла ничего не дублирует. Выводит
«импортировано: N, уже в хранилище: M, с ошибками: K». Код завершения 0, если
все записи верны; 1, если есть неверные; 3, если FILE не удается прочитать
или он не является массивом JSON; 4, если не удается записать в хранилище.</translation>
    </message>
    <message>
        <source>print the queue of one birth year in order</source>
        <translation>вывести очередь одного года рождения по порядку</translation>
    </message>
    <message>
        <source>Prints the applications waiting in the queue (status queued) for children
born in YYYY, in queue order (filing time, extraordinary right first,
primary right interleaved with the general queue), the first N only with
--limit. One line each, tab-separated: queue number, application id,
child&apos;s IIN, category (1-10), filing time (ISO 8601, UTC).</source>
        <translation>Выводит заявления, ожидающие в очереди (статус queued), для детей YYYY года
рождения в порядке очередности (по времени подачи, сначала внеочередное право,
первоочередное право чередуется с общей очередью); с --limit — только первые N.
По одной строке на заявление, поля разделены табуляцией: номер очередности,
идентификатор заявления, ИИН ребенка, категория (1-10), время подачи
(ISO 8601, UTC).</translation>
    </message>
    <message>
        <source>failed: an output file cannot be written</source>
        <translation>сбой: не удается записать выходной файл</translation>
    </message>
    <message>
        <source>%1: cannot lay out documents in this process</source>
        <translation>%1: в этом процессе невозможно сформировать документы</translation>
    </message>
    <message>
        <source>%1: choose the document&apos;s language with --lang kk or --lang ru</source>
        <translation>%1: укажите язык документа: --lang kk или --lang ru</translation>
    </message>
    <message>
        <source>%1: the option --out FILE is required</source>
        <translation>%1: требуется параметр --out FILE</translation>
    </message>
    <message>
        <source>%1: there is no store at %2</source>
        <translation>%1: по пути %2 нет хранилища</translation>
    </message>
    <message>
        <source>%1: no application with the id &quot;%2&quot;</source>
        <translation>%1: нет заявления с идентификатором «%2»</translation>
    </message>
    <message>
        <source>%1: cannot write %2: %3</source>
        <translation>%1: не удается записать %2: %3</translation>
    </message>
    <message>
        <source>write the filled application form (Appendix 1) as a PDF for signing</source>
        <translation>сохранить заполненное заявление (приложение 1) в PDF для подписи</translation>
    </message>
    <message>
        <source>Writes the application with the id ID from the store (--store) as the filled
Appendix 1 form, ready for the applicant&apos;s signature, to the PDF file FILE:
the form&apos;s text in Kazakh (--lang kk) or Russian (--lang ru), the chosen
category marked, the application&apos;s number and date, and its verification code.
An existing FILE is replaced. Exit code 0 when written; 2 without a document
language or --out; 3 when the store or the application does not exist; 4 when
FILE cannot be written (then FILE is left as it was).</source>
        <translation>Записывает заявление с идентификатором ID из хранилища (--store) в файл PDF FILE
в виде заполненного бланка по приложению 1, готового к подписи услугополучателя:
текст бланка на казахском (--lang kk) или русском (--lang ru) языке, отмеченная
категория, номер и дата заявления и его проверочный код. Существующий FILE
заменяется. Код завершения 0, если файл записан; 2, если не указан язык
документа или --out; 3, если нет хранилища или заявления; 4, если FILE
не удается записать (в этом случае FILE остается прежним).</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the schema version &quot;%1&quot; is not a number</source>
        <translation>версия схемы «%1» не является числом</translation>
    </message>
    <message>
        <source>no file name</source>
        <translation>не указано имя файла</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt is not installed</source>
        <translation>драйвер SQLite для Qt не установлен</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>это не файл</translation>
    </message>
    <message>
        <source>%1: version %2, this program knows up to %3</source>
        <translation>%1: версия %2, эта программа поддерживает версии до %3</translation>
    </message>
    <message>
        <source>the file cannot be switched to write-ahead logging</source>
        <translation>не удается перевести файл в режим журнала упреждающей записи (WAL)</translation>
    </message>
    <message>
        <source>version %1 (%2): %3</source>
        <translation>версия %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>DeskApplication</name>
    <message>
        <source>Qabyldau: the reception desk of a kindergarten.</source>
        <translation>Qabyldau — программа канцелярии дошкольной организации.</translation>
    </message>
    <message>
        <source>Open the local store at &lt;path&gt;.</source>
        <translation>Открыть локальное хранилище по пути &lt;путь&gt;.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>путь</translation>
    </message>
    <message>
        <source>Use the interface language &lt;code&gt; for this run: kk, ru or en.</source>
        <translation>В этот раз использовать язык интерфейса &lt;код&gt;: kk, ru или en.</translation>
    </message>
    <message>
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <source>Unknown interface language &quot;%1&quot;: use kk, ru or en.</source>
        <translation>Неизвестный язык интерфейса «%1»: укажите kk, ru или en.</translation>
    </message>
    <message>
        <source>The local store cannot be opened, so the desk cannot start.</source>
        <translation>Не удалось открыть локальное хранилище, поэтому программа не может запуститься.</translation>
    </message>
</context>
<context>
    <name>DeskAreas</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Заявления</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Вакантные места</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>The region&apos;s queue of applications: each child&apos;s queue number, category and status, as the queue server keeps them.</source>
        <translation>Очередь заявлений региона: номер очередности, категория и статус каждого ребёнка — так, как их ведёт сервер очереди.</translation>
    </message>
    <message>
        <source>Register Appendix 1 applications and print them for the applicant&apos;s signature.</source>
        <translation>Регистрация заявлений по приложению 1 и их печать на подпись заявителю.</translation>
    </message>
    <message>
        <source>Check the documents of a child who holds a direction, then sign the contract or issue a reasoned refusal.</source>
        <translation>Проверка документов ребёнка с направлением, затем заключение договора или мотивированный отказ.</translation>
    </message>
    <message>
        <source>The directions issued to this kindergarten, the deadline of each and how it ended.</source>
        <translation>Направления, выданные в этот детский сад, срок каждого и чем оно завершилось.</translation>
    </message>
    <message>
        <source>Publish free places and withdraw them; print the daily bulletins of freed and withdrawn places.</source>
        <translation>Публикация и отзыв вакантных мест; печать ежедневных бюллетеней освободившихся и отозванных мест.</translation>
    </message>
    <message>
        <source>Register complaints, follow their deadlines and record the answers.</source>
        <translation>Регистрация жалоб, контроль сроков их рассмотрения и учёт ответов.</translation>
    </message>
    <message>
        <source>Print the registers of contracts, refusals, complaints and service times for a period.</source>
        <translation>Печать реестров договоров, отказов, жалоб и времени обслуживания за период.</translation>
    </message>
    <message>
        <source>The interface language and the local store of this desk.</source>
        <translation>Язык интерфейса и локальное хранилище этого рабочего места.</translation>
    </message>
</context>
<context>
    <name>EmptyStatePage</name>
    <message>
        <source>This area is not available in this version yet.</source>
        <translation>В этой версии этот раздел пока недоступен.</translation>
    </message>
</context>
<context>
    <name>Issue</name>
    <message>
        <source>Applicant&apos;s surname</source>
        <translation>Фамилия услугополучателя</translation>
    </message>
    <message>
        <source>Applicant&apos;s name</source>
        <translation>Имя услугополучателя</translation>
    </message>
    <message>
        <source>Applicant&apos;s patronymic</source>
        <translation>Отчество услугополучателя</translation>
    </message>
    <message>
        <source>Applicant&apos;s IIN</source>
        <translation>ИИН услугополучателя</translation>
    </message>
    <message>
        <source>Applicant&apos;s address</source>
        <translation>Адрес услугополучателя</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <source>Child&apos;s surname</source>
        <translation>Фамилия ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s name</source>
        <translation>Имя ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s patronymic</source>
        <translation>Отчество ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>ИИН ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s date of birth</source>
        <translation>Дата рождения ребенка</translation>
    </message>
    <message>
        <source>Child&apos;s sex</source>
        <translation>Пол ребенка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Type of the supporting document</source>
        <translation>Вид подтверждающего документа</translation>
    </message>
    <message>
        <source>Number of the supporting document</source>
        <translation>Номер подтверждающего документа</translation>
    </message>
    <message>
        <source>Issuer of the supporting document</source>
        <translation>Орган, выдавший подтверждающий документ</translation>
    </message>
    <message>
        <source>Issue date of the supporting document</source>
        <translation>Дата выдачи подтверждающего документа</translation>
    </message>
    <message>
        <source>Preferred kindergartens</source>
        <translation>Выбранные дошкольные организации</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Язык воспитания и обучения</translation>
    </message>
    <message>
        <source>Mobile numbers</source>
        <translation>Номера мобильных телефонов</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Consent to the use of personal data</source>
        <translation>Согласие на использование персональных данных</translation>
    </message>
    <message>
        <source>Date of signature</source>
        <translation>Дата подписания</translation>
    </message>
    <message>
        <source>Filing time</source>
        <translation>Время подачи</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Количество</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Год</translation>
    </message>
    <message>
        <source>Working-day calendar</source>
        <translation>Календарь рабочих дней</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Локальное хранилище</translation>
    </message>
    <message>
        <source>must be filled in</source>
        <translation>обязательно для заполнения</translation>
    </message>
    <message>
        <source>an IIN has exactly 12 digits</source>
        <translation>ИИН должен состоять ровно из 12 цифр</translation>
    </message>
    <message>
        <source>the check digit is wrong; check the number for a typing error</source>
        <translation>неверная контрольная цифра; проверьте номер на опечатки</translation>
    </message>
    <message>
        <source>the IIN encodes another date of birth (IINs issued since 2013 need not encode it)</source>
        <translation>ИИН указывает на другую дату рождения (ИИН, выданные с 2013 года, могут ее не содержать)</translation>
    </message>
    <message>
        <source>the IIN encodes the other sex (IINs issued since 2013 need not encode it)</source>
        <translation>ИИН указывает на другой пол (ИИН, выданные с 2013 года, могут его не содержать)</translation>
    </message>
    <message>
        <source>at most two mobile numbers</source>
        <translation>не более двух номеров мобильных телефонов</translation>
    </message>
    <message>
        <source>not a Kazakhstan mobile number (+7 7XX XXX XX XX)</source>
        <translation>номер не является казахстанским мобильным (+7 7XX XXX XX XX)</translation>
    </message>
    <message>
        <source>not a valid e-mail address</source>
        <translation>неверный адрес электронной почты</translation>
    </message>
    <message>
        <source>give at least one mobile number or an e-mail address</source>
        <translation>укажите хотя бы один номер мобильного телефона или адрес электронной почты</translation>
    </message>
    <message>
        <source>the application cannot be registered without the applicant&apos;s consent</source>
        <translation>заявление нельзя зарегистрировать без согласия услугополучателя</translation>
    </message>
    <message>
        <source>this category needs a supporting document</source>
        <translation>для этой категории требуется подтверждающий документ</translation>
    </message>
    <message>
        <source>the document is older than the rules allow</source>
        <translation>документ выдан раньше, чем допускают Правила</translation>
    </message>
    <message>
        <source>the queue takes children under 6 years of age</source>
        <translation>в очередь ставятся дети в возрасте до 6 лет</translation>
    </message>
    <message>
        <source>the date of birth is in the future</source>
        <translation>дата рождения еще не наступила</translation>
    </message>
    <message>
        <source>at most four kindergartens</source>
        <translation>не более четырех дошкольных организаций</translation>
    </message>
    <message>
        <source>the same kindergarten is listed twice</source>
        <translation>одна и та же дошкольная организация указана дважды</translation>
    </message>
    <message>
        <source>this child already has an active application</source>
        <translation>у этого ребенка уже есть действующее заявление</translation>
    </message>
    <message>
        <source>the date of signature is in the future</source>
        <translation>дата подписания еще не наступила</translation>
    </message>
    <message>
        <source>not a valid date (YYYY-MM-DD)</source>
        <translation>неверная дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>not a valid number</source>
        <translation>неверное число</translation>
    </message>
    <message>
        <source>no working-day calendar for this year</source>
        <translation>нет календаря рабочих дней на этот год</translation>
    </message>
    <message>
        <source>the calendar file cannot be read</source>
        <translation>не удается прочитать файл календаря</translation>
    </message>
    <message>
        <source>the value is out of range</source>
        <translation>значение вне допустимого диапазона</translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation>не удается открыть</translation>
    </message>
    <message>
        <source>was written by a newer version of Qabyldau; update the program</source>
        <translation>создано более новой версией Qabyldau; обновите программу</translation>
    </message>
    <message>
        <source>could not be upgraded to this version</source>
        <translation>не удалось обновить до этой версии</translation>
    </message>
    <message>
        <source>the change could not be saved; nothing was written</source>
        <translation>не удалось сохранить изменение; ничего не записано</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import file</source>
        <translation>Файл импорта</translation>
    </message>
    <message>
        <source>not a JSON array of applications</source>
        <translation>не является массивом заявлений в формате JSON</translation>
    </message>
    <message>
        <source>the record is not a JSON object</source>
        <translation>запись не является объектом JSON</translation>
    </message>
    <message>
        <source>not a valid date (DD.MM.YYYY)</source>
        <translation>неверная дата (ДД.ММ.ГГГГ)</translation>
    </message>
</context>
<context>
    <name>JournalVerification</name>
    <message numerus="yes">
        <source>The journal is intact: %n entries checked.</source>
        <translation>
            <numerusform>Целостность журнала не нарушена: проверена %n запись.</numerusform>
            <numerusform>Целостность журнала не нарушена: проверены %n записи.</numerusform>
            <numerusform>Целостность журнала не нарушена: проверено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: an entry before it is missing.</source>
        <translation>Целостность журнала нарушена на записи %1: отсутствует одна из предшествующих записей.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: the entry before it was changed or replaced.</source>
        <translation>Целостность журнала нарушена на записи %1: предыдущая запись изменена или заменена.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: the entry was changed after it was written.</source>
        <translation>Целостность журнала нарушена на записи %1: запись изменена после внесения.</translation>
    </message>
    <message>
        <source>The journal is broken at entry %1: its data cannot be read.</source>
        <translation>Целостность журнала нарушена на записи %1: не удается прочитать ее данные.</translation>
    </message>
    <message>
        <source>The journal is broken: entries from %1 on were removed.</source>
        <translation>Целостность журнала нарушена: удалены записи начиная с %1.</translation>
    </message>
</context>
<context>
    <name>KindergartenListEditor</name>
    <message>
        <source>Kindergartens of the region</source>
        <translation>Дошкольные организации региона</translation>
    </message>
    <message>
        <source>The kindergartens an applicant can choose from, until the queue server sends the list. A row is saved as soon as it has a code and a name.</source>
        <translation>Дошкольные организации, которые может выбрать услугополучатель, пока список не получен с сервера очереди. Строка сохраняется, как только в ней указаны код и наименование.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Name in Kazakh</source>
        <translation>Наименование на казахском языке</translation>
    </message>
    <message>
        <source>Name in Russian</source>
        <translation>Наименование на русском языке</translation>
    </message>
    <message>
        <source>Settlement</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Добавить</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>&amp;Import from a JSON file...</source>
        <translation>&amp;Импорт из файла JSON...</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Import kindergartens</source>
        <translation>Импорт дошкольных организаций</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>Не удается прочитать файл %1.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n kindergarten(s).</source>
        <translation>
            <numerusform>Импортирована %n дошкольная организация.</numerusform>
            <numerusform>Импортированы %n дошкольные организации.</numerusform>
            <numerusform>Импортировано %n дошкольных организаций.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindergartenSettingsSection</name>
    <message>
        <source>Kindergartens of the region</source>
        <translation>Дошкольные организации региона</translation>
    </message>
    <message>
        <source>The list is empty: applicants cannot choose a kindergarten yet.</source>
        <translation>Список пуст: услугополучатели пока не могут выбрать дошкольную организацию.</translation>
    </message>
    <message numerus="yes">
        <source>%n kindergarten(s) an applicant can choose from.</source>
        <translation>
            <numerusform>Для выбора услугополучателю доступна %n дошкольная организация.</numerusform>
            <numerusform>Для выбора услугополучателю доступны %n дошкольные организации.</numerusform>
            <numerusform>Для выбора услугополучателю доступно %n дошкольных организаций.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Edit the list...</source>
        <translation>&amp;Изменить список...</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About %1</source>
        <translation>&amp;О программе %1</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>в памяти</translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation>Локальное хранилище: %1</translation>
    </message>
    <message>
        <source>%1
Schema version %2</source>
        <translation>%1
Версия схемы: %2</translation>
    </message>
    <message>
        <source>No local store</source>
        <translation>Нет локального хранилища</translation>
    </message>
    <message>
        <source>Offline: not connected to a queue server</source>
        <translation>Автономно: нет подключения к серверу очереди</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>no outbox command %1</source>
        <translation>в очереди исходящих нет команды %1</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Автоматически</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Выделить всё</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Шаг вв&amp;ерх</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Шаг вн&amp;из</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Usage: %1</source>
        <translation>Использование: %1</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[параметры]</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Аргументы:</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Вывод справки по параметрам командной строки.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Вывод справки с особыми параметрами Qt.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>Показать сведения о версии.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Неизвестный параметр «%1».</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Неизвестные параметры: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Отсутствует значение после «%1».</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Неожиданное значение после «%1».</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Задание</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Управление</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Отложенная печать:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Платёжная информация:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Гриф</translation>
    </message>
    <message>
        <source>Start:</source>
        <translation>В начале:</translation>
    </message>
    <message>
        <source>End:</source>
        <translation>В конце:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>Напечатать сейчас</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Отложить</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Днём (с 6:00 по 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ночью (с 18:00 по 5:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Во вторую смену (с 16:00 по 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>В третью смену (с 0:00 по 7:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>В выходные (суббота и воскресенье)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>В определённое время</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Стандартная</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <translation>Без ограничения доступа</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Секретно</translation>
    </message>
    <message>
        <source>Classified</source>
        <translation>С ограничением доступа</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Совершенно секретно</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <translation>Особой важности</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Показать </translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>«%1» защищён от записи.
Действительно удалить?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Действительно удалить «%1»?</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Места и закладки</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Новая папка</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Родительский каталог</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>&amp;Новая папка</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Перейти к:</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Создать новую папку</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Типы файлов:</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Найти каталог</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Показать ск&amp;рытые файлы</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Каталог не найден.
Проверьте правильность указанного имени каталога.</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Боковая панель</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Список</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Выбрать</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Каталоги</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Переименовать</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Не удалось удалить каталог.</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Каталог:</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Вперёд</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Перейти в родительский каталог</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Недавние документы</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Переключить в подробный режим</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Создать папку</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Подробный вид</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Файл не найден.
Проверьте правильность указанного имени файла.</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Переключить в режим списка</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Дата изменения</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Закрыть без сохранения</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>От&amp;мена</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Показать подробности...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Скрыть подробности...</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>О Qt</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;О Qt&lt;/h3&gt;&lt;p&gt;Данная программа использует Qt версии %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt — набор инструментов C++ для разработки кроссплатформенных приложений.&lt;/p&gt;&lt;p&gt;Qt позволяет переносить один и тот же исходный код на все основные настольные операционные системы. Он также доступен для встраиваемого Linux и других встраиваемых и мобильных операционных систем.&lt;/p&gt;&lt;p&gt;Qt распространяется на условиях нескольких лицензий, рассчитанных на разные потребности пользователей.&lt;/p&gt;&lt;p&gt;Qt по нашему коммерческому лицензионному соглашению подходит для разработки проприетарных и коммерческих программ, если вы не хотите раскрывать исходный код третьим лицам или не можете выполнить условия GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt по лицензии GNU (L)GPL подходит для разработки приложений&amp;nbsp;Qt, если вы можете выполнить условия соответствующих лицензий.&lt;/p&gt;&lt;p&gt;Обзор лицензий Qt смотрите на сайте &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt;.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd и другие участники.&lt;/p&gt;&lt;p&gt;Qt и логотип Qt — товарные знаки The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt — продукт The Qt Company Ltd, разрабатываемый как проект с открытым исходным кодом. Подробнее: &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt;.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>in</source>
        <translation>дм</translation>
    </message>
    <message>
        <source>mm</source>
        <translation>мм</translation>
    </message>
    <message>
        <source>pt</source>
        <translation>пт</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>нижнее поле</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Источник бумаги:</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>правое поле</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Пика (P̸)</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Поля</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Особый</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Размещение страниц</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Ширина:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Ориентация</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Дидо (DD)</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Порядок страниц:</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>верхнее поле</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>левое поле</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Размер страницы:</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Цицеро (CC)</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Перевёрнутая книжная</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Миллиметры (мм)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Пункты (пт)</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Страниц на листе:</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Дюймы (дм)</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Перевёрнутая альбомная</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Высота:</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom</source>
        <translation>Особый</translation>
    </message>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <translation>Особый (%1 мм × %2 мм)</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Чётные</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>&amp;Параметры &lt;&lt;</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>&amp;Параметры &gt;&gt;</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Слева направо, сверху вниз</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Справа налево, снизу вверх</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Запись файла PDF</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Печать</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Параметры «Страниц на листе» и «Список страниц» не могут использоваться одновременно.
Отключите один из них.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 уже существует.
Заменить его?</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Слева направо, снизу вверх</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Нечётные</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Локальный файл</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Обнаружены противоречия в настройках двусторонней печати. Устранить?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>Печать в файл (PDF)</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>Печать в файл ...</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Неверное определение страницы</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 имеет некорректный синтаксис. Используйте «,» для разделения страниц и диапазонов, а «-» — для определения диапазонов. Пересекающиеся диапазоны недопустимы.</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Справа налево, сверху вниз</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Снизу вверх, слева направо</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Все страницы</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Противоречия в настройках двусторонней печати</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 ― это каталог.
Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>%1 недоступен для записи.
Выберите другое имя файла.</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Снизу вверх, справа налево</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Сверху вниз, слева направо</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Сверху вниз, справа налево</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>Print Preview</source>
        <translation>Просмотр печати</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Печать</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>На всю страницу</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Альбомная</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>По ширине</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Книжная</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Параметры страницы</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Параметры страницы</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Показать обзор всех страниц</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Первая страница</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Показать одну страницу</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Показать титульные страницы</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Свойства принтера</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Параметры задания</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Противоречия в настройках страницы</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Обнаружены противоречия в настройках страницы. Устранить?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Противоречия расширенных настроек</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Обнаружены противоречия в некоторых расширенных настройках. Устранить?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Page</source>
        <translation>Страница</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Расширенные</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Обнаружены противоречия в некоторых настройках. Устраните их.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Отключена</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Страницы</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Текущая страница</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Выделенный фрагмент</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Копии</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Диапазон печати</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Режим цвета</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Настройки вывода</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Обратный порядок</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Оттенки серого</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>Разобрать по копиям</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Количество копий:</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Переплёт по короткой стороне</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Укажите страницы или диапазоны, разделяя их запятыми. Диапазоны задаются двумя числами, разделёнными дефисом. Например: при указании 3,5-7,9 будут напечатаны страницы 3, 5, 6, 7 и 9.</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Страницы с</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>Двусторонняя печать</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Список страниц:</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Переплёт по длинной стороне</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Вывод в &amp;файл:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>С&amp;войства</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Принтер</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Расположение:</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Отменить</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Прокрутить сюда</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>К левой границе</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Вверх</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>К правой границе</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Вниз</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>На страницу влево</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>На страницу вверх</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>На страницу вправо</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>На страницу вниз</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Прокрутить влево</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Прокрутить вверх</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Прокрутить вправо</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Прокрутить вниз</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить действие</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить действие</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Вырезать</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>В&amp;ставить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Выделить всё</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Скопировать &amp;адрес ссылки</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>The queue is read from the store file; a store in memory cannot be shown here.</source>
        <translation>Очередь читается из файла хранилища; хранилище в памяти здесь показать нельзя.</translation>
    </message>
    <message>
        <source>The queue could not be read: %1</source>
        <translation>Не удалось прочитать очередь: %1</translation>
    </message>
    <message>
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <source>An IIN has 12 digits.</source>
        <translation>ИИН состоит из 12 цифр.</translation>
    </message>
    <message>
        <source>No applications in this queue</source>
        <translation>В этой очереди нет заявлений</translation>
    </message>
    <message>
        <source>The first %1 found; type more of the name to narrow the search.</source>
        <translation>Показаны первые найденные: %1; введите больше букв ФИО, чтобы сузить поиск.</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>Найдено: %1</translation>
    </message>
    <message>
        <source>Applications: %1</source>
        <translation>Заявлений: %1</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>&amp;Birth year:</source>
        <translation>&amp;Год рождения:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>С&amp;татус:</translation>
    </message>
    <message>
        <source>&amp;Kindergarten:</source>
        <translation>&amp;Дошкольная организация:</translation>
    </message>
    <message>
        <source>Kindergarten id</source>
        <translation>Код дошкольной организации</translation>
    </message>
    <message>
        <source>Search by IIN or name (Ctrl+F)</source>
        <translation>Поиск по ИИН или ФИО (Ctrl+F)</translation>
    </message>
    <message>
        <source>12 digits find an IIN; letters find a part of a name in any case. The search looks through every birth year.</source>
        <translation>12 цифр — поиск по ИИН; буквы — поиск по части ФИО без учета регистра. Поиск ведется по всем годам рождения.</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Все категории</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
</context>
<context>
    <name>QueueTableModel</name>
    <message>
        <source>In the queue</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Выдано направление</translation>
    </message>
    <message>
        <source>Stop list</source>
        <translation>Стоп-лист</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>В архиве</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>Child&apos;s IIN</source>
        <translation>ИИН ребенка</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Время подачи</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>The interface switches at once, without a restart, and opens in this language next time. Documents are printed in the language chosen for each document.</source>
        <translation>Интерфейс переключается сразу, без перезапуска, и в следующий раз откроется на этом языке. Каждый документ печатается на языке, выбранном для него.</translation>
    </message>
    <message>
        <source>Local store</source>
        <translation>Локальное хранилище</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Schema version:</source>
        <translation>Версия схемы:</translation>
    </message>
    <message>
        <source>Program version:</source>
        <translation>Версия программы:</translation>
    </message>
</context>
<context>
    <name>WorkCalendar</name>
    <message>
        <source>the folder cannot be read</source>
        <translation>не удается прочитать папку</translation>
    </message>
    <message>
        <source>another file of the folder already gives %1</source>
        <translation>другой файл этой папки уже содержит календарь на %1 год</translation>
    </message>
</context>
</TS>
