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
    <name>AccountDialog</name>
    <message>
        <source>Add user</source>
        <translation>Добавить пользователя</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>New password for %1</source>
        <translation>Новый пароль для: %1</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Tell the person the password in private.</source>
        <translation>
            <numerusform>Не менее %n символа. Сообщите пароль человеку наедине.</numerusform>
            <numerusform>Не менее %n символов. Сообщите пароль человеку наедине.</numerusform>
            <numerusform>Не менее %n символов. Сообщите пароль человеку наедине.</numerusform>
        </translation>
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
    <message>
        <source>Imported with other applications</source>
        <translation>Импортировано вместе с другими заявлениями</translation>
    </message>
    <message>
        <source>Places given to children behind this one</source>
        <translation>Места, отданные детям, стоящим в очереди после этого ребёнка</translation>
    </message>
    <message>
        <source>&amp;Why not yet?</source>
        <translation>&amp;Почему ещё нет?</translation>
    </message>
    <message>
        <source>Ask the queue server which places went to children behind this one, and why this child was passed over</source>
        <translation>Спросить у системы очереди, какие места получили дети, стоящие после этого ребёнка, и почему его пропустили</translation>
    </message>
    <message>
        <source>Asking the queue server…</source>
        <translation>Запрос к системе очереди…</translation>
    </message>
    <message>
        <source>The queue server has not registered this application at this kindergarten yet: sync first.</source>
        <translation>Система очереди ещё не зарегистрировала это заявление в этом детском саду: сначала выполните синхронизацию.</translation>
    </message>
    <message>
        <source>The queue server could not be asked: %1</source>
        <translation>Не удалось обратиться к системе очереди: %1</translation>
    </message>
    <message>
        <source>unexpected answer (HTTP %1)</source>
        <translation>неожиданный ответ (HTTP %1)</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Аудит</translation>
    </message>
    <message>
        <source>This reading could not be recorded in the audit journal: %1</source>
        <translation>Этот просмотр не удалось записать в журнал аудита: %1</translation>
    </message>
    <message>
        <source>By whom</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Queue server (received by sync)</source>
        <translation>Система очереди (получено при синхронизации)</translation>
    </message>
    <message>
        <source>Returned to the queue</source>
        <translation>Возвращено в очередь</translation>
    </message>
    <message>
        <source>Direction received at the desk</source>
        <translation>Направление импортировано</translation>
    </message>
    <message>
        <source>Direction extended</source>
        <translation>Направление продлено</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Срок направления истек</translation>
    </message>
    <message>
        <source>Direction cancelled</source>
        <translation>Направление аннулировано</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Место освободилось</translation>
    </message>
    <message>
        <source>Right confirmed</source>
        <translation>Право подтверждено</translation>
    </message>
    <message>
        <source>Right withdrawn</source>
        <translation>Право отозвано</translation>
    </message>
    <message>
        <source>Service stage</source>
        <translation>Этап обслуживания</translation>
    </message>
    <message>
        <source>Documents checklist saved</source>
        <translation>Перечень документов сохранен</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договор заключен</translation>
    </message>
    <message>
        <source>Reasoned refusal given</source>
        <translation>Выдан мотивированный отказ</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (direction No. %2)</source>
        <translation>%1 (направление № %2)</translation>
    </message>
    <message>
        <source>Application corrected</source>
        <translation>Заявление исправлено</translation>
    </message>
    <message>
        <source>Withdrawn at the parent&apos;s request</source>
        <translation>Отозвано по просьбе родителя</translation>
    </message>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском языке</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском языке</translation>
    </message>
    <message>
        <source>The language of the printed answer</source>
        <translation>Язык печатаемого ответа</translation>
    </message>
    <message>
        <source>&amp;Print the answer…</source>
        <translation>Печать &amp;ответа…</translation>
    </message>
    <message>
        <source>Save the answer as P&amp;DF…</source>
        <translation>Сохранить ответ в P&amp;DF…</translation>
    </message>
    <message>
        <source>This printing could not be recorded in the audit journal: %1</source>
        <translation>Эта печать не записана в журнал аудита: %1</translation>
    </message>
    <message>
        <source>Messages to the parent</source>
        <translation>Сообщения родителю</translation>
    </message>
    <message>
        <source>Show the &amp;messages</source>
        <translation>Показать &amp;сообщения</translation>
    </message>
    <message>
        <source>Ask the queue server which e-mails and SMS it sent the parent about this application, and whether they arrived</source>
        <translation>Спросить у сервера очереди, какие письма и SMS он отправил родителю по этому заявлению и дошли ли они</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Создано</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <source>The queue server has sent the parent no message about this application: the application gives no phone number or e-mail, or no stage has been reached that is told.</source>
        <translation>Сервер очереди не отправлял родителю сообщений по этому заявлению: в заявлении нет ни телефона, ни электронной почты, или еще не наступил ни один этап, о котором сообщается.</translation>
    </message>
    <message>
        <source>Messages: %1</source>
        <translation>Сообщений: %1</translation>
    </message>
    <message>
        <source>Application number:</source>
        <translation>Номер заявления:</translation>
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
    <message>
        <source>New application</source>
        <translation>Новое заявление</translation>
    </message>
    <message>
        <source>This application has not been saved. Discard what you typed and start a new one?</source>
        <translation>Это заявление не сохранено. Удалить введённые данные и начать новое?</translation>
    </message>
</context>
<context>
    <name>ApplicationImport</name>
    <message>
        <source>byte %1: %2</source>
        <translation>байт %1: %2</translation>
    </message>
    <message>
        <source>the SQLite driver of Qt does not give its connection handle</source>
        <translation>драйвер SQLite для Qt не предоставляет дескриптор соединения</translation>
    </message>
    <message>
        <source>%1: the file changed while it was read (%2 bytes when opened, %3 read); nothing was imported</source>
        <translation>%1: файл изменился во время чтения (при открытии %2 байт, прочитано %3); ничего не импортировано</translation>
    </message>
</context>
<context>
    <name>ApplicationListModel</name>
    <message>
        <source>%1: enrolled</source>
        <translation>%1: зачислен</translation>
    </message>
    <message>
        <source>%1: withdrawn by the applicant</source>
        <translation>%1: отозвано услугополучателем</translation>
    </message>
    <message>
        <source>%1: age limit reached</source>
        <translation>%1: достигнут предельный возраст</translation>
    </message>
    <message>
        <source>%1: duplicate</source>
        <translation>%1: дубликат</translation>
    </message>
    <message>
        <source>%1: other reason</source>
        <translation>%1: другая причина</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Ребенок</translation>
    </message>
    <message>
        <source>IIN</source>
        <translation>ИИН</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Filed</source>
        <translation>Время подачи</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
</context>
<context>
    <name>ApplicationsPage</name>
    <message>
        <source>Show archived</source>
        <translation>Показывать архивные</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Correct…</source>
        <translation>Исправить…</translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <translation>Отозвать…</translation>
    </message>
    <message>
        <source>Reprint…</source>
        <translation>Печатать повторно…</translation>
    </message>
    <message>
        <source>IIN or part of a name</source>
        <translation>ИИН или часть имени</translation>
    </message>
    <message>
        <source>No application matches the search. Search by the child&apos;s or the applicant&apos;s IIN, or by a part of a name.</source>
        <translation>Нет заявлений, подходящих под поиск. Ищите по ИИН ребенка или услугополучателя либо по части имени.</translation>
    </message>
    <message>
        <source>No applications are registered at this kindergarten yet. An application registered at this desk appears here; those registered at this kindergarten&apos;s other desks come with the queue server&apos;s sync.</source>
        <translation>В этом детском саду пока нет зарегистрированных заявлений. Заявление, зарегистрированное на этом рабочем месте, появится здесь; зарегистрированные на других рабочих местах детского сада придут при синхронизации с сервером очереди.</translation>
    </message>
    <message>
        <source>The application was corrected; its filing date stays %1.</source>
        <translation>Заявление исправлено; дата подачи осталась прежней: %1.</translation>
    </message>
    <message>
        <source>Withdraw the application</source>
        <translation>Отзыв заявления</translation>
    </message>
    <message>
        <source>The application of %1 leaves the queue for good (archived, withdrawn by the applicant). Write the parent&apos;s reason as they gave it.</source>
        <translation>Заявление (%1) окончательно выходит из очереди (в архив, отозвано услугополучателем). Запишите причину так, как ее назвал родитель.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>The application of %1 was withdrawn and archived.</source>
        <translation>Заявление (%1) отозвано и перенесено в архив.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Заявление</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Printed: %1</source>
        <translation>Напечатано: %1</translation>
    </message>
    <message>
        <source>Opened an application&apos;s details</source>
        <translation>Открыл(а) сведения заявления</translation>
    </message>
    <message numerus="yes">
        <source>%n reads of personal data in the period.</source>
        <translation>
            <numerusform>За период персональные данные просмотрены %n раз.</numerusform>
            <numerusform>За период персональные данные просмотрены %n раза.</numerusform>
            <numerusform>За период персональные данные просмотрены %n раз.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit of reads</source>
        <translation>Аудит просмотров персональных данных</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <source>Sh&amp;ow</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Printed the application or saved it as PDF</source>
        <translation>Напечатал(а) заявление или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the receipt or saved it as PDF</source>
        <translation>Напечатал(а) расписку или сохранил(а) ее в PDF</translation>
    </message>
    <message>
        <source>Printed the contract or saved it as PDF</source>
        <translation>Напечатал(а) договор или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the refusal letter or saved it as PDF</source>
        <translation>Напечатал(а) мотивированный отказ или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the register of contracts or saved it as PDF</source>
        <translation>Напечатал(а) реестр договоров или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the register of refusals or saved it as PDF</source>
        <translation>Напечатал(а) реестр отказов или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the register of service times or saved it as PDF</source>
        <translation>Напечатал(а) реестр сроков оказания услуги или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the register of complaints or saved it as PDF</source>
        <translation>Напечатал(а) реестр жалоб или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>Printed the audit of reads or saved it as PDF</source>
        <translation>Напечатал(а) аудит просмотров или сохранил(а) его в PDF</translation>
    </message>
    <message>
        <source>The language of the printed audit</source>
        <translation>Язык печатаемого аудита</translation>
    </message>
    <message>
        <source>Print the audit…</source>
        <translation>Напечатать аудит…</translation>
    </message>
    <message>
        <source>Save the audit as PDF…</source>
        <translation>Сохранить аудит в PDF…</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Printed the queue server&apos;s answer &quot;why not yet?&quot; or saved it as PDF</source>
        <translation>Напечатал(а) ответ сервера очереди «почему еще нет?» или сохранил(а) его в PDF</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>это не база данных SQLite</translation>
    </message>
    <message>
        <source>the file is cut short</source>
        <translation>файл обрезан</translation>
    </message>
    <message>
        <source>no Qabyldau tables in it</source>
        <translation>в нём нет таблиц Qabyldau</translation>
    </message>
    <message>
        <source>no schema version in it</source>
        <translation>в нём нет версии схемы</translation>
    </message>
    <message>
        <source>%1: version %2, this program knows up to %3</source>
        <translation>%1: версия %2, эта программа знает версии до %3</translation>
    </message>
    <message>
        <source>its content is not what was backed up</source>
        <translation>содержимое не совпадает с тем, что было сохранено</translation>
    </message>
    <message>
        <source>%1: not a Qabyldau store</source>
        <translation>%1: это не хранилище Qabyldau</translation>
    </message>
    <message>
        <source>this is the store itself</source>
        <translation>это само хранилище</translation>
    </message>
    <message>
        <source>a file that is not a backup is there</source>
        <translation>там лежит файл, который не является резервной копией</translation>
    </message>
    <message>
        <source>the folder cannot be created</source>
        <translation>не удалось создать папку</translation>
    </message>
    <message>
        <source>the current store cannot be kept aside: %1</source>
        <translation>не удалось отложить текущее хранилище: %1</translation>
    </message>
</context>
<context>
    <name>BackupController</name>
    <message>
        <source>The automatic backup failed: %1</source>
        <translation>Автоматическое резервное копирование не удалось: %1</translation>
    </message>
    <message>
        <source>Today&apos;s backup is in %1</source>
        <translation>Сегодняшняя резервная копия находится в папке %1</translation>
    </message>
    <message>
        <source>Backup written: %1</source>
        <translation>Резервная копия записана: %1</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Шаг %1 из %2: %3</translation>
    </message>
    <message>
        <source>Copying the backup next to the local store…</source>
        <translation>Копирование резервной копии в папку локального хранилища…</translation>
    </message>
    <message>
        <source>Copying the local store…</source>
        <translation>Копирование локального хранилища…</translation>
    </message>
    <message>
        <source>Computing the copy&apos;s checksum…</source>
        <translation>Вычисление контрольной суммы копии…</translation>
    </message>
    <message>
        <source>Checking the structure of the copy&apos;s database…</source>
        <translation>Проверка структуры базы данных копии…</translation>
    </message>
    <message>
        <source>Comparing the copy&apos;s content with its checksum…</source>
        <translation>Сверка содержимого копии с контрольной суммой…</translation>
    </message>
    <message>
        <source>Checking the chain of the copy&apos;s journal…</source>
        <translation>Проверка цепочки журнала копии…</translation>
    </message>
    <message>
        <source>Keeping a copy of the current local store…</source>
        <translation>Сохранение копии текущего локального хранилища…</translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Folder of the daily backups</source>
        <translation>Папка ежедневных резервных копий</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <source>Days to keep copies:</source>
        <translation>Хранить копии (дней):</translation>
    </message>
    <message>
        <source>A checked copy of the local store is made in this folder when the desk starts and once a day while it runs; copies older than this are removed. File &gt; Back up makes a copy at any time, for example on a USB stick.</source>
        <translation>При запуске программы и затем раз в день, пока она работает, в эту папку записывается проверенная копия локального хранилища; копии старше этого срока удаляются. Команда Файл &gt; Создать резервную копию делает копию в любое время, например на USB-накопитель.</translation>
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
    <name>ChecklistFinding</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>out of date</source>
        <translation>срок действия истек</translation>
    </message>
    <message>
        <source>the issue date is not entered</source>
        <translation>не указана дата выдачи</translation>
    </message>
    <message>
        <source>dated after the contract date</source>
        <translation>дата выдачи позже даты договора</translation>
    </message>
    <message>
        <source>not in force on the contract date</source>
        <translation>не действует на дату договора</translation>
    </message>
    <message>
        <source>issued for another child</source>
        <translation>выдано на другого ребенка</translation>
    </message>
    <message>
        <source>issued for another kindergarten</source>
        <translation>выдано в другую дошкольную организацию</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1. %2: %3 (ground: %4)</source>
        <translation>%1. %2: %3 (основание: %4)</translation>
    </message>
</context>
<context>
    <name>ChecklistPanel</name>
    <message>
        <source>not required</source>
        <translation>не требуется</translation>
    </message>
    <message>
        <source>received</source>
        <translation>принят</translation>
    </message>
    <message>
        <source>deferred: brought later</source>
        <translation>отсрочен: будет представлен позднее</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>Cannot be checked</source>
        <translation>Проверка невозможна</translation>
    </message>
    <message>
        <source>Owed later under the emergency deferral (listed on the contract): %1</source>
        <translation>Представляются позднее в связи с отсрочкой на период ограничений (указываются в договоре): %1</translation>
    </message>
    <message>
        <source>The documents are in order: the contract can be signed.</source>
        <translation>Документы в порядке: можно заключать договор.</translation>
    </message>
    <message>
        <source>In the way of a contract (refusal ground %1):</source>
        <translation>Препятствия для заключения договора (основание отказа: %1):</translation>
    </message>
    <message>
        <source>Restrictions or an emergency: items 4–6 are &amp;brought later</source>
        <translation>Ограничения или чрезвычайная ситуация: пункты 4–6 &amp;будут представлены позднее</translation>
    </message>
    <message>
        <source>Certificate of health &amp;issued on:</source>
        <translation>Справка о состоянии здоровья вы&amp;дана:</translation>
    </message>
    <message>
        <source>&amp;Contract date:</source>
        <translation>Дата до&amp;говора:</translation>
    </message>
    <message>
        <source>from the birth certificate</source>
        <translation>из свидетельства о рождении</translation>
    </message>
    <message>
        <source>Compared with the direction&apos;s child (ground 9.2 when they differ); empty: not compared</source>
        <translation>Сравнивается с ребенком, указанным в направлении (при расхождении — основание 9.2); если пусто, сравнение не проводится</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Приме&amp;чание:</translation>
    </message>
    <message>
        <source>The documents are in order.</source>
        <translation>Документы в порядке.</translation>
    </message>
    <message>
        <source>Appendix 4, item 8: during restrictions, a state of emergency or an emergency in the territory, items 4, 5 and 6 may be brought after the restrictions end; the contract lists them as owed.</source>
        <translation>Пункт 8 приложения 4 к Правилам: в период действия ограничительных мероприятий, чрезвычайного положения или чрезвычайной ситуации на соответствующей территории документы по пунктам 4, 5 и 6 могут быть представлены после снятия ограничений; в договоре они указываются как представляемые позднее.</translation>
    </message>
    <message>
        <source>Child&apos;s IIN as pre&amp;sented:</source>
        <translation>ИИН ребенка по предъ&amp;явленному документу:</translation>
    </message>
    <message>
        <source>Documents — %1</source>
        <translation>Документы — %1</translation>
    </message>
</context>
<context>
    <name>Checklists</name>
    <message>
        <source>IIN on the direction: %1</source>
        <translation>ИИН в направлении: %1</translation>
    </message>
    <message>
        <source>kindergarten on the direction: %1</source>
        <translation>дошкольная организация в направлении: %1</translation>
    </message>
    <message>
        <source>issued %1, after the contract date %2</source>
        <translation>выдана %1, после даты договора %2</translation>
    </message>
    <message numerus="yes">
        <source>issued %1, %n day(s) before %2, at most %3 allowed</source>
        <translation>
            <numerusform>выдана %1, за %n день до %2, допускается не более %3</numerusform>
            <numerusform>выдана %1, за %n дня до %2, допускается не более %3</numerusform>
            <numerusform>выдана %1, за %n дней до %2, допускается не более %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction to admission</source>
        <translation>Направление для зачисления</translation>
    </message>
    <message>
        <source>ID document of a parent or legal representative</source>
        <translation>Документ, удостоверяющий личность одного из родителей или законного представителя</translation>
    </message>
    <message>
        <source>Child&apos;s birth certificate</source>
        <translation>Свидетельство о рождении ребенка</translation>
    </message>
    <message>
        <source>Child health passport (form 026/u-3)</source>
        <translation>Паспорт здоровья ребенка (форма 026/у-3)</translation>
    </message>
    <message>
        <source>Certificate of the child&apos;s health</source>
        <translation>Справка о состоянии здоровья ребенка</translation>
    </message>
    <message>
        <source>Conclusion of the psychological-medical-pedagogical consultation</source>
        <translation>Заключение психолого-медико-педагогической консультации</translation>
    </message>
    <message>
        <source>electronic</source>
        <translation>в электронном виде</translation>
    </message>
    <message>
        <source>from the state information system</source>
        <translation>из государственной информационной системы</translation>
    </message>
    <message>
        <source>scanned copy</source>
        <translation>электронная копия</translation>
    </message>
    <message>
        <source>original</source>
        <translation>оригинал</translation>
    </message>
    <message>
        <source>shown</source>
        <translation>предъявляется</translation>
    </message>
    <message>
        <source>paper</source>
        <translation>на бумажном носителе</translation>
    </message>
    <message>
        <source>Kindergarten office</source>
        <translation>Канцелярия дошкольной организации</translation>
    </message>
    <message>
        <source>E-government portal</source>
        <translation>Портал «электронного правительства»</translation>
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
    <message>
        <source>imported %1, already present %2, refused %3</source>
        <translation>импортировано: %1, уже в хранилище: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>не действует с %1</translation>
    </message>
    <message>
        <source>waiting for the place to be freed</source>
        <translation>ожидает освобождения места</translation>
    </message>
    <message>
        <source>used</source>
        <translation>использовано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>закрыто отказом</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>not in force</source>
        <translation>не действует</translation>
    </message>
    <message>
        <source>import directions to this kindergarten from a JSON file into the store</source>
        <translation>импортировать направления в эту дошкольную организацию из файла JSON в хранилище</translation>
    </message>
    <message>
        <source>Reads FILE, a JSON array of directions (format: docs/cli.md), checks each
record (number, kindergarten, child&apos;s IIN, issue time, group, codes) and
imports the valid ones into the store of --store. Each refused record is
reported on standard error as &quot;record N: reason&quot;, N counting from 0.
A direction already stored with the same data is skipped, so importing a
file twice imports it once; the same number with other data is refused.
Prints &quot;imported N, already present M, refused K&quot;.
Exit code 0 when every record was valid, 1 when some were refused, 3 when
FILE cannot be read or is not a JSON array, 4 when the store cannot be written.</source>
        <translation>Читает FILE — массив направлений в формате JSON (формат: docs/cli.md), проверяет
каждую запись (номер, дошкольная организация, ИИН ребенка, время выдачи, группа,
коды) и импортирует верные записи в хранилище --store. О каждой отклоненной
записи сообщается в стандартный поток ошибок: «запись N: причина», нумерация N
начинается с 0. Направление, уже сохраненное с теми же данными, пропускается,
поэтому повторный импорт файла ничего не дублирует; тот же номер с другими
данными отклоняется. Выводит «импортировано: N, уже в хранилище: M, отклонено: K».
Код завершения 0, если все записи верны; 1, если часть записей отклонена; 3, если
FILE не удается прочитать или он не является массивом JSON; 4, если не удается
записать в хранилище.</translation>
    </message>
    <message>
        <source>tell whether a direction is in force on DATE</source>
        <translation>узнать, действует ли направление на дату DATE</translation>
    </message>
    <message>
        <source>Looks up the direction NUMBER in the store of --store and counts its validity
(RULES 5: 5 working days from the day after issue, for an early-booking place
from the day it was freed; an extension replaces the end) for DATE (default:
today). Prints &quot;valid until YYYY-MM-DD&quot; and exits with 0, or, exit code 1:
&quot;expired on YYYY-MM-DD&quot; (the first day it is no longer in force),
&quot;waiting for the place to be freed&quot;, or how it was closed: &quot;used&quot;,
&quot;refused&quot;, &quot;expired&quot;, &quot;cancelled&quot;. Exit code 3 when there is no store
or no such direction, or a day of the count has no calendar.</source>
        <translation>Находит направление NUMBER в хранилище --store и рассчитывает срок его действия
(RULES 5: 5 рабочих дней со дня, следующего за днем выдачи, а для места раннего
бронирования — со дня освобождения места; продление заменяет дату окончания)
на дату DATE (по умолчанию — сегодня). Выводит «действует до ГГГГ-ММ-ДД» и
завершается с кодом 0 либо завершается с кодом 1 и выводит «не действует с
ГГГГ-ММ-ДД» (первый день, когда направление уже не действует), «ожидает
освобождения места» или итог: «использовано», «закрыто отказом», «просрочено»,
«аннулировано». Код завершения 3, если нет хранилища или такого направления либо
для какого-либо дня отсчета нет календаря.</translation>
    </message>
    <message>
        <source>%1: choose the document&apos;s language with --lang kk, --lang ru or --lang kk+ru</source>
        <translation>%1: укажите язык документа: --lang kk, --lang ru или --lang kk+ru</translation>
    </message>
    <message>
        <source>%1: unknown ground &quot;%2&quot;; use 34.1, 34.2, 34.3, 9.1 or 9.2</source>
        <translation>%1: неизвестное основание «%2»; укажите 34.1, 34.2, 34.3, 9.1 или 9.2</translation>
    </message>
    <message>
        <source>%1: the refusal recorded for the direction &quot;%2&quot; cites %3; leave out --ground or give the same grounds</source>
        <translation>%1: в отказе, зарегистрированном по направлению «%2», указаны основания %3; не указывайте --ground или укажите те же основания</translation>
    </message>
    <message>
        <source>%1: no refusal is recorded for the direction &quot;%2&quot;; give its grounds with --ground</source>
        <translation>%1: по направлению «%2» отказ не зарегистрирован; укажите его основания в --ground</translation>
    </message>
    <message>
        <source>%1: no direction with the number &quot;%2&quot;</source>
        <translation>%1: нет направления с номером «%2»</translation>
    </message>
    <message>
        <source>write the contract for a direction as a PDF (a marked draft until one is recorded)</source>
        <translation>сохранить договор по направлению в PDF (до регистрации договора — проект с соответствующей пометкой)</translation>
    </message>
    <message>
        <source>Writes the contract recorded for the direction DIRECTION in the store (--store)
to the PDF file FILE: in Kazakh (--lang kk), Russian (--lang ru) or both side by
side (--lang kk+ru), with the kindergarten&apos;s details from the settings, the
parties, the child, the group, the fee, the documents owed under an emergency
deferral, the contract&apos;s number, date and verification code. When no contract
is recorded for the direction yet, writes a draft marked as such, without a
number, dated today. An existing FILE is replaced. Exit code 0 when written; 2
without a document language or --out; 3 when the store or the direction does
not exist; 4 when FILE cannot be written (then FILE is left as it was).</source>
        <translation>Записывает договор, зарегистрированный по направлению DIRECTION в хранилище
(--store), в файл PDF FILE: на казахском (--lang kk) или русском (--lang ru) языке
либо на обоих языках параллельно (--lang kk+ru), с реквизитами дошкольной
организации из настроек, сторонами, ребенком, группой, размером родительской
платы, документами, представляемыми позднее в связи с отсрочкой на период
ограничений, номером, датой и проверочным кодом договора. Если договор по
направлению еще не зарегистрирован, записывает проект с соответствующей пометкой,
без номера, с сегодняшней датой. Существующий FILE заменяется. Код завершения 0,
если файл записан; 2, если не указан язык документа или --out; 3, если нет
хранилища или направления; 4, если FILE не удается записать (в этом случае FILE
остается прежним).</translation>
    </message>
    <message>
        <source>write the reasoned refusal for a direction as a PDF (a marked draft until one is recorded)</source>
        <translation>сохранить мотивированный отказ по направлению в PDF (до регистрации отказа — проект с соответствующей пометкой)</translation>
    </message>
    <message>
        <source>Writes the reasoned refusal recorded for the direction DIRECTION in the store
(--store) to the PDF file FILE, in Kazakh (--lang kk) or Russian (--lang ru):
each ground cited by its clause, the missing or faulty documents, the reasons,
until when the documents may still be brought, and how to complain. When no
refusal is recorded, writes a draft marked as such, dated today, on the grounds
given with --ground (34.1, 34.2, 34.3, 9.1, 9.2; repeat the option for several),
listing the documents the service&apos;s checklist lacks. For a recorded refusal
--ground may be left out. An existing FILE is replaced. Exit code 0 when
written; 2 without a document language or --out, for an unknown ground, or
without --ground when nothing is recorded; 3 when the store or the direction
does not exist; 4 when FILE cannot be written (then FILE is left as it was).</source>
        <translation>Записывает мотивированный отказ, зарегистрированный по направлению DIRECTION
в хранилище (--store), в файл PDF FILE на казахском (--lang kk) или русском
(--lang ru) языке: каждое основание со ссылкой на пункт Правил, отсутствующие
или ненадлежащие документы, причины, срок, до которого документы еще можно
представить, и порядок обжалования. Если отказ не зарегистрирован, записывает
проект с соответствующей пометкой, с сегодняшней датой, по основаниям, указанным
в --ground (34.1, 34.2, 34.3, 9.1, 9.2; для нескольких оснований параметр
повторяется), с перечнем документов, которых не хватает по результатам проверки.
Для зарегистрированного отказа --ground можно не указывать. Существующий FILE
заменяется. Код завершения 0, если файл записан; 2, если не указан язык
документа или --out, указано неизвестное основание или не указан --ground, когда
отказ не зарегистрирован; 3, если нет хранилища или направления; 4, если FILE
не удается записать (в этом случае FILE остается прежним).</translation>
    </message>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>command %1 (%2) rejected: %3</source>
        <translation>команда %1 (%2) отклонена: %3</translation>
    </message>
    <message>
        <source>existing application %1</source>
        <translation>существующее заявление %1</translation>
    </message>
    <message>
        <source>queue number %1</source>
        <translation>номер в очереди %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>sync: give the server as --server http(s)://HOST:PORT (or save it in the desk&apos;s Settings)</source>
        <translation>sync: укажите сервер как --server http(s)://HOST:PORT (или сохраните его в разделе «Настройки» рабочего места)</translation>
    </message>
    <message>
        <source>sync: give the desk token with --token or --token-file (or save it in the desk&apos;s Settings)</source>
        <translation>sync: укажите токен рабочего места в --token или --token-file (или сохраните его в разделе «Настройки»)</translation>
    </message>
    <message>
        <source>sent %1 commands: %2 applied, %3 rejected</source>
        <translation>отправлено команд: %1, применено: %2, отклонено: %3</translation>
    </message>
    <message>
        <source>received %1 changes in %2 pages</source>
        <translation>получено изменений: %1, страниц: %2</translation>
    </message>
    <message>
        <source>the server&apos;s store was restored: everything was downloaded again</source>
        <translation>хранилище сервера было восстановлено: все загружено заново</translation>
    </message>
    <message>
        <source>partitions downloaded again: %1</source>
        <translation>заново загруженные разделы: %1</translation>
    </message>
    <message>
        <source>sync failed: %1: %2 (%3)</source>
        <translation>синхронизация не удалась: %1: %2 (%3)</translation>
    </message>
    <message>
        <source>sync incomplete: %1 commands still waiting</source>
        <translation>синхронизация не завершена: ожидают команд: %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>сервер: %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>не задан</translation>
    </message>
    <message>
        <source>cursor: %1</source>
        <translation>курсор: %1</translation>
    </message>
    <message>
        <source>nothing downloaded yet</source>
        <translation>пока ничего не загружено</translation>
    </message>
    <message>
        <source>rows from the server: %1</source>
        <translation>строк с сервера: %1</translation>
    </message>
    <message>
        <source>commands: %1 written, %2 waiting, %3 applied, %4 rejected</source>
        <translation>команды: записано %1, ожидают %2, применено %3, отклонено %4</translation>
    </message>
    <message>
        <source>last successful sync: %1</source>
        <translation>последняя успешная синхронизация: %1</translation>
    </message>
    <message>
        <source>last error: %1</source>
        <translation>последняя ошибка: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>partitions to download again: %1</source>
        <translation>разделы для повторной загрузки: %1</translation>
    </message>
    <message>
        <source>show where the store stands with the queue server</source>
        <translation>показать состояние хранилища относительно сервера очереди</translation>
    </message>
    <message>
        <source>Prints the server last synced with, the cursor (EPOCH:SEQ), the rows received,
the commands written, waiting, applied and rejected (each rejected one with
its reason), the last successful sync and the last error. Reads only; exit
code 3 when there is no store.</source>
        <translation>Выводит сервер последней синхронизации, курсор (EPOCH:SEQ), полученные строки,
команды записанные, ожидающие, примененные и отклоненные (каждую отклоненную —
с причиной), последнюю успешную синхронизацию и последнюю ошибку. Только
чтение; код выхода 3, если хранилища нет.</translation>
    </message>
    <message>
        <source>send the waiting commands to the queue server and receive its changes</source>
        <translation>отправить ожидающие команды на сервер очереди и получить его изменения</translation>
    </message>
    <message>
        <source>One full sync of the store of --store with the queue server (docs/api.md):
every waiting command is sent in order, then every change the desk may see
is received, page by page, each page with its cursor in one transaction.
Without --server or --token the ones saved in the desk&apos;s Settings are used.
Prints what was sent, what was rejected and why, and what was received.
Exit code 0 when everything was sent and received, 1 when the server
rejected a command (see sync status), 2 for a usage error, 4 when the sync
could not finish (no route, TLS, token, versions, store): the reason is
printed on one line.</source>
        <translation>Одна полная синхронизация хранилища --store с сервером очереди (docs/api.md):
каждая ожидающая команда отправляется по порядку, затем принимается каждое
изменение, которое может видеть рабочее место, страница за страницей, каждая
страница со своим курсором в одной транзакции. Без --server или --token
используются сохраненные в разделе «Настройки». Выводит, что отправлено, что
отклонено и почему, что получено. Код выхода 0, если все отправлено и получено,
1, если сервер отклонил команду (см. sync status), 2 при ошибке использования,
4, если синхронизация не завершилась (нет связи, TLS, токен, версии,
хранилище): причина выводится одной строкой.</translation>
    </message>
    <message>
        <source>places list: unknown status &quot;%1&quot;; use open, directed, filled or withdrawn</source>
        <translation>places list: неизвестный статус «%1»; используйте open, directed, filled или withdrawn</translation>
    </message>
    <message>
        <source>%1: choose the bulletin with --kind freed or --kind withdrawn</source>
        <translation>%1: выберите бюллетень с помощью --kind freed или --kind withdrawn</translation>
    </message>
    <message>
        <source>write the day&apos;s bulletin of freed or withdrawn places as a PDF</source>
        <translation>записать бюллетень освободившихся или отозванных мест за день в PDF</translation>
    </message>
    <message>
        <source>list this kindergarten&apos;s free places in the store</source>
        <translation>показать свободные места этого детского сада из хранилища</translation>
    </message>
    <message>
        <source>Prints the places of the store (--store), newest first, one a line, the fields
separated by tabs: id, status, born from, born to, language, admission mode,
admission start, direction (- when none), confirmed or unconfirmed (a change
made at the desk the queue server has not sent back yet), group. --status
shows only the places with that status. Exit code 0; 2 for an unknown status;
3 when there is no store.</source>
        <translation>Выводит места из хранилища (--store), начиная с новых, по одному в строке, поля
через табуляцию: id, статус, дата рождения с, дата рождения по, язык, режим приема,
начало приема, направление (- если нет), confirmed или unconfirmed (изменение,
сделанное на этом рабочем месте, которое сервер очереди еще не вернул), группа.
--status показывает только места с этим статусом. Код выхода 0; 2 для неизвестного
статуса; 3, если нет хранилища.</translation>
    </message>
    <message>
        <source>check the journal&apos;s chain and that no row was changed behind its back</source>
        <translation>проверить цепочку журнала и что ни одна строка не изменена в обход него</translation>
    </message>
    <message>
        <source>Checks the store (--store): that the journal&apos;s hash chain is whole, and that
every application, direction, service session, contract, refusal and place
still matches the seal the program gave it when it last wrote it. Prints
&quot;intact (N entries, M rows checked)&quot; and exits 0; otherwise prints one line
per finding on standard error (the first broken journal entry, then each
changed row with the fields that changed, at most 20, then &quot;and K more&quot;) and
exits 1. Exit code 3 when there is no store or it cannot be read.</source>
        <translation>Проверяет хранилище (--store): цела ли хэш-цепочка журнала и соответствует ли
каждое заявление, направление, сеанс обслуживания, договор, отказ и место печати,
которую программа поставила при последней записи. Если всё цело, выводит
&quot;целостность не нарушена (записей журнала: N, проверено строк: M)&quot; и завершается
с кодом 0; иначе выводит по строке на каждую находку в поток ошибок (первая
нарушенная запись журнала, затем каждая изменённая строка с изменёнными полями,
не более 20, затем &quot;и ещё K&quot;) и завершается с кодом 1. Код 3, если хранилища
нет или его нельзя прочитать.</translation>
    </message>
    <message>
        <source>backup: there is no store at %1</source>
        <translation>backup: по пути %1 нет хранилища</translation>
    </message>
    <message>
        <source>backed up %1 to %2: schema version %3, journal entries: %4, checked</source>
        <translation>резервная копия %1 записана в %2: версия схемы %3, записей журнала: %4, проверена</translation>
    </message>
    <message>
        <source>restored %1 into %2 (schema version %3, journal entries: %4); there was no store before</source>
        <translation>хранилище %2 восстановлено из %1 (версия схемы %3, записей журнала: %4); хранилища до этого не было</translation>
    </message>
    <message>
        <source>restored %1 into %2 (schema version %3, journal entries: %4); the former store is kept as %5</source>
        <translation>хранилище %2 восстановлено из %1 (версия схемы %3, записей журнала: %4); прежнее хранилище сохранено как %5</translation>
    </message>
    <message>
        <source>copy the store into FILE and check the copy</source>
        <translation>скопировать хранилище в FILE и проверить копию</translation>
    </message>
    <message>
        <source>Copies the store (--store) into FILE with SQLite&apos;s online backup (the desk may
go on working meanwhile), then checks the copy: SQLite&apos;s integrity check, the
schema version, the content digest and the journal&apos;s hash chain. An earlier
backup at FILE is replaced only by a copy that passed; any other file is never
replaced. The copy is readable by its owner only.
Exit code 0 when written and checked; 3 when there is no store; 4 when FILE
cannot be written or the copy fails its check.</source>
        <translation>Копирует хранилище (--store) в FILE средствами онлайн-резервного копирования SQLite
(работу в программе при этом можно продолжать), затем проверяет копию: проверка
целостности SQLite, версия схемы, хеш содержимого и хеш-цепочка журнала. Прежняя
резервная копия в FILE заменяется только копией, прошедшей проверку; любой другой файл
никогда не заменяется. Копию может читать только её владелец.
Код выхода 0, если копия записана и проверена; 3, если хранилища нет; 4, если FILE
нельзя записать или копия не прошла проверку.</translation>
    </message>
    <message>
        <source>replace the store by the backup in FILE, checked first</source>
        <translation>заменить хранилище резервной копией из FILE, предварительно проверив её</translation>
    </message>
    <message>
        <source>Checks the backup in FILE as backup does and, only when it passes, replaces the
store (--store) by it. The current store is kept beside it as
STORE.before-restore-YYYYMMDD-HHMMSS (restore that file to take the restore
back). Refused while the desk or another command has the store open: close
it first.
Exit code 0 when restored; 3 when FILE is missing, damaged, not a Qabyldau
store or from a newer version (the store is not touched); 4 when the store is
open elsewhere or cannot be replaced (the store is not touched).</source>
        <translation>Проверяет резервную копию в FILE так же, как backup, и только если она прошла
проверку, заменяет ею хранилище (--store). Текущее хранилище сохраняется рядом как
STORE.before-restore-YYYYMMDD-HHMMSS (чтобы отменить восстановление, восстановите
этот файл). Не выполняется, пока хранилище открыто программой или другой командой:
сначала закройте её.
Код выхода 0, если хранилище восстановлено; 3, если FILE нет, он повреждён, не
является хранилищем Qabyldau или создан более новой версией (хранилище не изменено);
4, если хранилище открыто в другом месте или его нельзя заменить (хранилище не изменено).</translation>
    </message>
    <message>
        <source>%1: the service for the direction &quot;%2&quot; has not been started at the desk; the contract follows the documents&apos; check</source>
        <translation>%1: обслуживание по направлению «%2» в приёмной не начато; договор заключается после проверки документов</translation>
    </message>
    <message>
        <source>%1: the contract was not recorded: %2</source>
        <translation>%1: договор не зарегистрирован: %2</translation>
    </message>
    <message>
        <source>contract %1 recorded for the direction %2, verification code %3</source>
        <translation>договор %1 зарегистрирован по направлению %2, проверочный код %3</translation>
    </message>
    <message>
        <source>record the contract for a direction whose documents were checked at the desk</source>
        <translation>зарегистрировать договор по направлению, документы по которому проверены в приёмной</translation>
    </message>
    <message>
        <source>note: another process is writing to the store (an import?); the queue numbers and order above may still change: list the queue again when it has finished</source>
        <translation>примечание: в хранилище сейчас пишет другой процесс (возможно, импорт); номера и порядок очереди выше ещё могут измениться: выведите очередь снова, когда он закончит</translation>
    </message>
    <message>
        <source>larger than 64 MB</source>
        <translation>больше 64 МБ</translation>
    </message>
    <message>
        <source>not JSON (%1 at byte %2)</source>
        <translation>не JSON (%1 в байте %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>не объект JSON</translation>
    </message>
    <message>
        <source>no &quot;kind&quot; (freed or withdrawn) or no &quot;date&quot; (YYYY-MM-DD)</source>
        <translation>нет &quot;kind&quot; (freed или withdrawn) или нет &quot;date&quot; (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>no &quot;places&quot; list</source>
        <translation>нет списка &quot;places&quot;</translation>
    </message>
    <message>
        <source>place %1: %2</source>
        <translation>место %1: %2</translation>
    </message>
    <message>
        <source>place %1: no time of publication or withdrawal</source>
        <translation>место %1: нет времени публикации или отзыва</translation>
    </message>
    <message>
        <source>%1: --from takes the kind and the day from the file: leave out --kind and --date</source>
        <translation>%1: с --from вид бюллетеня и день берутся из файла: не указывайте --kind и --date</translation>
    </message>
    <message>
        <source>%1: %2 is not a bulletin the queue server wrote (qabyldau-server bulletin --json): %3</source>
        <translation>%1: %2 — не бюллетень, записанный сервером очереди (qabyldau-server bulletin --json): %3</translation>
    </message>
    <message>
        <source>Writes the bulletin of freed places (--kind freed: the places published on
DATE) or of withdrawn places (--kind withdrawn) of this kindergarten, in time
order, from the store (--store) to the PDF file FILE, in Kazakh (--lang kk) or
Russian (--lang ru). DATE defaults to today. A place the queue server has not
confirmed yet is marked, with the desk&apos;s time. An existing FILE is replaced.
With --from FILE.json instead of --kind and --date: the region&apos;s bulletin as
the queue server lists it (qabyldau-server bulletin --json), each place with
its kindergarten; no store is needed.
Exit code 0 when written; 2 without a document language, --kind or --out, or
for a DATE that is not YYYY-MM-DD; 3 when there is no store, or the --from
file cannot be read or is not the server&apos;s bulletin; 4 when FILE cannot be
written.</source>
        <translation>Записывает бюллетень освободившихся мест (--kind freed: места, опубликованные в
DATE) или отозванных мест (--kind withdrawn) этого детского сада в порядке времени
из хранилища (--store) в PDF-файл FILE на казахском (--lang kk) или русском
(--lang ru) языке. DATE по умолчанию — сегодня. Место, которое сервер очереди еще не
подтвердил, помечено, с временем этого рабочего места. Существующий FILE заменяется.
С --from FILE.json вместо --kind и --date: бюллетень региона, как его выдает сервер
очереди (qabyldau-server bulletin --json), каждое место со своим детским садом;
хранилище не нужно.
Код выхода: 0, если записано; 2 без языка документа, --kind или --out либо для DATE
не в виде ГГГГ-ММ-ДД; 3, если нет хранилища или файл --from не читается либо не
является бюллетенем сервера; 4, если FILE не удается записать.</translation>
    </message>
    <message>
        <source>Prints the applications waiting in the queue (status queued) for children
born in YYYY, in queue order (filing time, extraordinary right first,
primary right interleaved with the general queue), the first N only with
--limit. One line each, tab-separated: queue number, application id,
child&apos;s IIN, category (1-10), filing time (ISO 8601, UTC),
application number (empty when it has none).</source>
        <translation>Выводит заявления, ожидающие в очереди (статус queued), для детей YYYY года
рождения в порядке очередности (по времени подачи, сначала внеочередное право,
первоочередное право чередуется с общей очередью); с --limit — только первые N.
По одной строке на заявление, поля разделены табуляцией: номер очередности,
идентификатор заявления, ИИН ребенка, категория (1-10), время подачи
(ISO 8601, UTC), номер заявления (пусто, если номера нет).</translation>
    </message>
    <message>
        <source>its places are not the ones the server listed (the verification code does not match)</source>
        <translation>его места не те, что перечислил сервер (код проверки не совпадает)</translation>
    </message>
    <message>
        <source>%1: give the ID document either in parts (--id-kind, --id-number, --id-issued, --id-authority) or as --id-document, not both</source>
        <translation>%1: укажите документ, удостоверяющий личность, либо по частям (--id-kind, --id-number, --id-issued, --id-authority), либо как --id-document, но не двумя способами сразу</translation>
    </message>
    <message>
        <source>%1: --id-kind must be one of identity_card, passport, residence_permit, stateless_certificate, other, not &quot;%2&quot;</source>
        <translation>%1: --id-kind должен быть одним из identity_card, passport, residence_permit, stateless_certificate, other, а не «%2»</translation>
    </message>
    <message>
        <source>%1: --id-authority must be one of internal_affairs, justice, other, not &quot;%2&quot;</source>
        <translation>%1: --id-authority должен быть одним из internal_affairs, justice, other, а не «%2»</translation>
    </message>
    <message>
        <source>Records in the store (--store) the contract for the direction DIRECTION, on the
service session the desk started for it, as the desk&apos;s contract dialog does and
under the same rules: the kindergarten&apos;s details filled in Settings, the
session&apos;s documents stage recorded and its checklist complete on the contract&apos;s
date, the direction still in force, and what the parent states: the ID document
in parts as the desk asks for it (--id-kind identity_card, passport,
residence_permit, stateless_certificate or other with --id-kind-text TEXT;
--id-number; --id-issued DATE, not after the contract&apos;s date; --id-authority
internal_affairs, justice or other with --id-authority-text TEXT), each
language&apos;s contract then printing it in its own words, or as one free text
printed as typed (--id-document TEXT, not with the parts); the address
(--address) and the day the child starts (--starts, not before the contract&apos;s
date). The parent who signs is the
direction&apos;s applicant. --date is the contract&apos;s date (default today); --clerk
the clerk named on it and in the journal (default the session&apos;s clerk). The
contract gets its number and verification code, the direction is used, the
application archived and the command queued for the server, in one
transaction. Print it with print contract.
Exit code 0 when recorded; 1 when a rule refuses it (the first problem, naming
its field, on one line; nothing is written); 2 for a date that is not
YYYY-MM-DD, an unknown kind or authority, or both ways of giving the ID
document; 3 when the store, the direction, its service session or the
year&apos;s calendar is missing; 4 when the store cannot be written.</source>
        <translation>Регистрирует в хранилище (--store) договор по направлению DIRECTION в сеансе
обслуживания, начатом для него в приёмной, так же, как окно договора, и по тем же
правилам: реквизиты дошкольной организации заполнены в настройках, этап сдачи
документов отмечен и перечень документов полон на дату договора, направление ещё
действует, а родитель указал документ, удостоверяющий личность, — по частям, как
его спрашивает окно договора (--id-kind identity_card, passport, residence_permit,
stateless_certificate или other с --id-kind-text ТЕКСТ; --id-number; --id-issued
ДАТА, не позже даты договора; --id-authority internal_affairs, justice или other
с --id-authority-text ТЕКСТ), и тогда договор на каждом языке печатает его своими
словами, или одним свободным текстом, который печатается как введён
(--id-document ТЕКСТ, не вместе с частями); адрес (--address) и день, с которого
ребенок посещает группу (--starts, не раньше даты договора). Договор подписывает
заявитель, указанный в направлении. --date — дата договора (по умолчанию сегодня);
--clerk — сотрудник, указанный в договоре и в журнале (по умолчанию сотрудник
сеанса). В одной транзакции договор получает номер и проверочный код, направление
становится использованным, заявление переходит в архив, а команда ставится в
очередь на сервер. Напечатать договор: print contract.
Код выхода 0, если договор зарегистрирован; 1, если правило не позволяет (первая
проблема с названием поля в одной строке; ничего не записывается); 2 для даты не
в формате YYYY-MM-DD, неизвестного вида документа или органа, выдавшего его, или
если документ указан обоими способами; 3, если нет хранилища, направления, его
сеанса обслуживания или календаря на год; 4, если в хранилище нельзя записать.</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Register a complaint</source>
        <translation>Регистрация жалобы</translation>
    </message>
    <message>
        <source>Complaint %1</source>
        <translation>Жалоба %1</translation>
    </message>
    <message>
        <source>Complaint No. %1</source>
        <translation>Жалоба № %1</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Дата &amp;поступления</translation>
    </message>
    <message>
        <source>&amp;Addressed to</source>
        <translation>&amp;Адресат</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>От &amp;кого</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>Пред&amp;мет жалобы</translation>
    </message>
    <message>
        <source>&amp;Direction No.</source>
        <translation>&amp;Номер направления</translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation>За&amp;явление</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Ста&amp;тус</translation>
    </message>
    <message>
        <source>Answered o&amp;n</source>
        <translation>Дата &amp;ответа</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Отв&amp;ет</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Name and how to reach them</source>
        <translation>ФИО и контактные данные</translation>
    </message>
    <message>
        <source>When the complaint is about a direction</source>
        <translation>Если жалоба касается направления</translation>
    </message>
    <message>
        <source>When the complaint is about an application</source>
        <translation>Если жалоба касается заявления</translation>
    </message>
    <message>
        <source>What was decided, in short</source>
        <translation>Кратко: какое решение принято</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>&amp;Зарегистрировать</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The answer deadline follows from the date received.</source>
        <translation>Срок ответа определяется по дате поступления.</translation>
    </message>
    <message>
        <source>The deadline cannot be worked out: %1</source>
        <translation>Не удается определить срок ответа: %1</translation>
    </message>
    <message numerus="yes">
        <source>Answer due by %1 (%n working day(s) after receipt)</source>
        <translation>
            <numerusform>Срок ответа — до %1 (%n рабочий день со дня поступления)</numerusform>
            <numerusform>Срок ответа — до %1 (%n рабочих дня со дня поступления)</numerusform>
            <numerusform>Срок ответа — до %1 (%n рабочих дней со дня поступления)</numerusform>
        </translation>
    </message>
    <message>
        <source>Answered after the deadline.</source>
        <translation>Ответ дан с нарушением срока.</translation>
    </message>
    <message>
        <source>Overdue.</source>
        <translation>Срок истек.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>Not registered: %1</source>
        <translation>Не зарегистрировано: %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
</context>
<context>
    <name>Complaints</name>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Руководитель дошкольной организации</translation>
    </message>
    <message>
        <source>Authorised body for the quality of state services</source>
        <translation>Уполномоченный орган по оценке и контролю за качеством оказания государственных услуг</translation>
    </message>
    <message>
        <source>registered</source>
        <translation>зарегистрирована</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>дан ответ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
</context>
<context>
    <name>ComplaintsPage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Не удалось прочитать реестр: %1</translation>
    </message>
    <message>
        <source>direction %1</source>
        <translation>направление %1</translation>
    </message>
    <message>
        <source>application %1</source>
        <translation>заявление %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>просрочено на %n день</numerusform>
            <numerusform>просрочено на %n дня</numerusform>
            <numerusform>просрочено на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>answered late</source>
        <translation>ответ с нарушением срока</translation>
    </message>
    <message>
        <source>No open complaints received in this period.</source>
        <translation>За этот период открытые жалобы не поступали.</translation>
    </message>
    <message>
        <source>No complaints received in this period.</source>
        <translation>За этот период жалобы не поступали.</translation>
    </message>
    <message>
        <source>Complaints: %1</source>
        <translation>Жалоб: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
            <numerusform>просрочено: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>None overdue</source>
        <translation>Просроченных нет</translation>
    </message>
    <message numerus="yes">
        <source>%n answered after the deadline</source>
        <translation>
            <numerusform>с нарушением срока: %n</numerusform>
            <numerusform>с нарушением срока: %n</numerusform>
            <numerusform>с нарушением срока: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <source>Export the complaints register</source>
        <translation>Экспорт реестра жалоб</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Жалобы</translation>
    </message>
    <message>
        <source>Complaints about a decision, action or inaction: the head answers within %1 working days of registration, the authorised body within %2. Overdue complaints are marked red.</source>
        <translation>Жалобы на решение, действие или бездействие: руководитель отвечает в течение %1 рабочих дней со дня регистрации, уполномоченный орган — в течение %2. Просроченные жалобы выделены красным.</translation>
    </message>
    <message>
        <source>&amp;Open only</source>
        <translation>&amp;Только открытые</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Дата поступления</translation>
    </message>
    <message>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет</translation>
    </message>
    <message>
        <source>Direction or application</source>
        <translation>Направление или заявление</translation>
    </message>
    <message>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>&amp;Register a complaint...</source>
        <translation>&amp;Зарегистрировать жалобу...</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Изменить...</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>&amp;Print the register...</source>
        <translation>&amp;Печать реестра...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF...</source>
        <translation>Сохранить в P&amp;DF...</translation>
    </message>
    <message>
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Authorised body</source>
        <translation>Уполномоченный орган</translation>
    </message>
</context>
<context>
    <name>ConnectionSection</name>
    <message>
        <source>Enter an address that starts with http:// or https://, e.g. https://queue.example.kz</source>
        <translation>Введите адрес, начинающийся с http:// или https://, например https://queue.example.kz</translation>
    </message>
    <message>
        <source>Connection to the queue server</source>
        <translation>Подключение к серверу очереди</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <source>Desk to&amp;ken:</source>
        <translation>&amp;Токен рабочего места:</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>&amp;Save connection</source>
        <translation>&amp;Сохранить подключение</translation>
    </message>
    <message>
        <source>&amp;Check connection</source>
        <translation>Проверить подк&amp;лючение</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Подключено.</translation>
    </message>
</context>
<context>
    <name>ContractDialog</name>
    <message>
        <source>The kindergarten&apos;s details are not filled in yet: an administrator enters them in Settings before the first contract.</source>
        <translation>Реквизиты дошкольной организации еще не заполнены: до заключения первого договора администратор вводит их в разделе «Настройки».</translation>
    </message>
    <message>
        <source>The kindergarten&apos;s details in Settings are incomplete: %1</source>
        <translation>Реквизиты дошкольной организации в разделе «Настройки» заполнены не полностью: %1</translation>
    </message>
    <message>
        <source>The contract was not recorded: %1</source>
        <translation>Договор не зарегистрирован: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Contract No. %1</source>
        <translation>Договор № %1</translation>
    </message>
    <message>
        <source>New contract</source>
        <translation>Новый договор</translation>
    </message>
    <message>
        <source>Contract for %1 — direction %2</source>
        <translation>Договор: %1 — направление %2</translation>
    </message>
    <message>
        <source>Parent who signs:</source>
        <translation>Родитель, подписывающий договор:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребенок:</translation>
    </message>
    <message>
        <source>Contract date:</source>
        <translation>Дата договора:</translation>
    </message>
    <message>
        <source>&amp;ID document:</source>
        <translation>&amp;Документ, удостоверяющий личность:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>P&amp;hones:</source>
        <translation>&amp;Телефоны:</translation>
    </message>
    <message>
        <source>Attends &amp;from:</source>
        <translation>Дата начала &amp;посещения:</translation>
    </message>
    <message>
        <source>Owed later:</source>
        <translation>Представляются позднее:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
    </message>
    <message>
        <source>separated by commas</source>
        <translation>через запятую</translation>
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
        <source>Kazakh and Russian, side by side</source>
        <translation>Казахский и русский, параллельно</translation>
    </message>
    <message>
        <source>Pre&amp;view draft…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>&amp;Record contract</source>
        <translation>&amp;Зарегистрировать договор</translation>
    </message>
    <message>
        <source>&amp;Print (2 copies)…</source>
        <translation>Пе&amp;чать (2 экземпляра)…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2 is recorded. Print two copies for signature.</source>
        <translation>Договор № %1 от %2 зарегистрирован. Распечатайте два экземпляра для подписания.</translation>
    </message>
    <message>
        <source>9 digits, e.g. 012345678</source>
        <translation>9 цифр, например 012345678</translation>
    </message>
    <message>
        <source>N and 8 digits, e.g. N12345678</source>
        <translation>N и 8 цифр, например N12345678</translation>
    </message>
    <message>
        <source>as in the document</source>
        <translation>как в документе</translation>
    </message>
    <message>
        <source>Document N&amp;o.:</source>
        <translation>&amp;Номер документа:</translation>
    </message>
    <message>
        <source>Iss&amp;ued on:</source>
        <translation>Дата в&amp;ыдачи:</translation>
    </message>
    <message>
        <source>Issued &amp;by:</source>
        <translation>&amp;Кем выдан:</translation>
    </message>
    <message>
        <source>ID document:</source>
        <translation>Документ, удостоверяющий личность:</translation>
    </message>
    <message>
        <source>Identity card of a citizen of Kazakhstan</source>
        <translation>Удостоверение личности гражданина РК</translation>
    </message>
    <message>
        <source>Passport of a citizen of Kazakhstan</source>
        <translation>Паспорт гражданина РК</translation>
    </message>
    <message>
        <source>Residence permit of a foreigner</source>
        <translation>Вид на жительство иностранца</translation>
    </message>
    <message>
        <source>Stateless person&apos;s certificate</source>
        <translation>Удостоверение лица без гражданства</translation>
    </message>
    <message>
        <source>name of the document, printed as you type it</source>
        <translation>название документа: печатается так, как введено</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— выберите —</translation>
    </message>
    <message>
        <source>Ministry of Internal Affairs of Kazakhstan</source>
        <translation>Министерство внутренних дел РК</translation>
    </message>
    <message>
        <source>Ministry of Justice of Kazakhstan</source>
        <translation>Министерство юстиции РК</translation>
    </message>
    <message>
        <source>authority, printed as you type it</source>
        <translation>орган выдачи: печатается так, как введено</translation>
    </message>
    <message>
        <source>Other document (type its name)</source>
        <translation>Другой документ (укажите название)</translation>
    </message>
    <message>
        <source>Other authority (type its name)</source>
        <translation>Другой орган (укажите название)</translation>
    </message>
</context>
<context>
    <name>CorrectApplicationDialog</name>
    <message>
        <source>Correct the application</source>
        <translation>Исправление заявления</translation>
    </message>
    <message>
        <source>%1, filed %2. The filing date stays as it is when the category changes.</source>
        <translation>%1, подано %2. При смене категории дата подачи заявления не меняется.</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Любой</translation>
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
        <source>Other</source>
        <translation>Другой</translation>
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
        <source>Mobile phone</source>
        <translation>Мобильный телефон</translation>
    </message>
    <message>
        <source>Second mobile phone</source>
        <translation>Второй мобильный телефон</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Language of upbringing and teaching</source>
        <translation>Язык воспитания и обучения</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Category document</source>
        <translation>Документ, подтверждающий категорию</translation>
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
        <source>Issued on</source>
        <translation>Дата выдачи</translation>
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
    <message>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <source>not a Qabyldau store</source>
        <translation>это не хранилище Qabyldau</translation>
    </message>
    <message>
        <source>the row seal function cannot be registered</source>
        <translation>не удаётся зарегистрировать функцию печати строк</translation>
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
    <message>
        <source>Save &lt;url&gt; as the queue server to sync with (with --token-file).</source>
        <translation>Сохранить &lt;адрес&gt; как сервер очереди для синхронизации (вместе с --token-file).</translation>
    </message>
    <message>
        <source>url</source>
        <translation>адрес</translation>
    </message>
    <message>
        <source>Save the desk token read from &lt;file&gt; (with --server).</source>
        <translation>Сохранить токен рабочего места, прочитанный из &lt;файл&gt; (вместе с --server).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>The users of the desk cannot be read, so nobody can sign in.</source>
        <translation>Не удалось прочитать список пользователей, поэтому войти нельзя.</translation>
    </message>
    <message>
        <source>Checking the backup and restoring the local store…</source>
        <translation>Проверка резервной копии и восстановление локального хранилища…</translation>
    </message>
    <message>
        <source>The local store cannot be opened, so the desk cannot go on.</source>
        <translation>Не удаётся открыть локальное хранилище, поэтому программа не может продолжить работу.</translation>
    </message>
    <message>
        <source>Restore the Local Store</source>
        <translation>Восстановление локального хранилища</translation>
    </message>
    <message>
        <source>The backup was not restored; the local store is as it was.</source>
        <translation>Резервная копия не восстановлена; локальное хранилище осталось прежним.</translation>
    </message>
    <message>
        <source>Restored from %1.</source>
        <translation>Восстановлено из %1.</translation>
    </message>
    <message>
        <source>Restored from %1; the former store is kept as %2.</source>
        <translation>Восстановлено из %1; прежнее хранилище сохранено как %2.</translation>
    </message>
    <message>
        <source>it is already open in another Qabyldau window (process %1 on %2). Only one desk works on a store at a time: switch to that window, or close it and start again.</source>
        <translation>оно уже открыто в другом окне Qabyldau (процесс %1 на компьютере %2). С одним хранилищем одновременно работает только одна программа: перейдите в то окно или закройте его и запустите программу снова.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be written.</source>
        <translation>не удается записать его файл блокировки %1.</translation>
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
        <source>Print the registers of contracts, refusals and service times for a period, or export them to CSV.</source>
        <translation>Печать реестров договоров, отказов и времени обслуживания за период или их экспорт в CSV.</translation>
    </message>
    <message>
        <source>The interface language, this kindergarten&apos;s details, the region&apos;s kindergartens and the local store of this desk.</source>
        <translation>Язык интерфейса, реквизиты этой дошкольной организации, дошкольные организации региона и локальное хранилище программы.</translation>
    </message>
    <message>
        <source>Application list</source>
        <translation>Список заявлений</translation>
    </message>
    <message>
        <source>The applications registered at this kindergarten: find one, open it, correct it, withdraw it at the parent&apos;s request or print it again.</source>
        <translation>Заявления, зарегистрированные в этом детском саду: найти, открыть, исправить, отозвать по просьбе родителя или распечатать повторно.</translation>
    </message>
</context>
<context>
    <name>DeskDialogs</name>
    <message>
        <source>C&amp;hoose</source>
        <translation>&amp;Выбрать</translation>
    </message>
</context>
<context>
    <name>DeskExplanation</name>
    <message>
        <source>No place has yet gone to a child behind this one in the queue while this child was passed over (the queue server keeps the first %1 children passed over for each place).</source>
        <translation>Пока ни одно место не досталось ребёнку, стоящему в очереди после этого, с пропуском этого ребёнка (система очереди хранит первых %1 пропущенных детей по каждому месту).</translation>
    </message>
    <message>
        <source>%1: a place in %2, group “%3” (born %4–%5), went to number %6 in the queue, direction %7. This child was passed over: %8.</source>
        <translation>%1: место (%2, группа «%3», даты рождения %4–%5) досталось номеру %6 в очереди, направление %7. Этого ребёнка пропустили: %8.</translation>
    </message>
</context>
<context>
    <name>DeskNotification</name>
    <message>
        <source>Application registered</source>
        <translation>Заявление зарегистрировано</translation>
    </message>
    <message>
        <source>Direction issued</source>
        <translation>Выдано направление</translation>
    </message>
    <message>
        <source>Direction expired</source>
        <translation>Срок направления истек</translation>
    </message>
    <message>
        <source>Direction cancelled</source>
        <translation>Направление аннулировано</translation>
    </message>
    <message>
        <source>Back in the queue</source>
        <translation>Возвращено в очередь</translation>
    </message>
    <message>
        <source>Contract signed</source>
        <translation>Договор заключен</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отказано</translation>
    </message>
    <message>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Delivered %1</source>
        <translation>Доставлено %1</translation>
    </message>
    <message>
        <source>Not delivered: no attempts left</source>
        <translation>Не доставлено: попытки исчерпаны</translation>
    </message>
    <message>
        <source>Not delivered: no attempts left; the last one failed: %1</source>
        <translation>Не доставлено: попытки исчерпаны; последняя не удалась: %1</translation>
    </message>
    <message>
        <source>Waiting to be sent (from %1)</source>
        <translation>Ожидает отправки (с %1)</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
    <message>
        <source>Waiting: attempt %1 failed (%2); next attempt %3</source>
        <translation>Ожидает: попытка %1 не удалась (%2); следующая попытка %3</translation>
    </message>
</context>
<context>
    <name>DirectionStore</name>
    <message>
        <source>byte %1: %2</source>
        <translation>байт %1: %2</translation>
    </message>
</context>
<context>
    <name>DirectionTableModel</name>
    <message>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <source>Waiting for the place</source>
        <translation>Ожидает освобождения места</translation>
    </message>
    <message>
        <source>Not used in time</source>
        <translation>Не использовано в срок</translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s) left, today included</source>
        <translation>
            <numerusform>Остался %n рабочий день, включая сегодняшний</numerusform>
            <numerusform>Осталось %n рабочих дня, включая сегодняшний</numerusform>
            <numerusform>Осталось %n рабочих дней, включая сегодняшний</numerusform>
        </translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
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
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Выдано</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Осталось дней</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Срок действия</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
</context>
<context>
    <name>DirectionValidity</name>
    <message>
        <source>waiting for the place to be freed</source>
        <translation>ожидает освобождения места</translation>
    </message>
    <message>
        <source>valid until %1</source>
        <translation>действует до %1</translation>
    </message>
    <message>
        <source>expired on %1</source>
        <translation>срок истек %1</translation>
    </message>
</context>
<context>
    <name>Directions</name>
    <message>
        <source>extended until %1</source>
        <translation>продлено до %1</translation>
    </message>
    <message>
        <source>must be after %1</source>
        <translation>дата должна быть позже %1</translation>
    </message>
    <message>
        <source>at most until %1</source>
        <translation>не позднее %1</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>выдано</translation>
    </message>
    <message>
        <source>used</source>
        <translation>использовано</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказано</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>аннулировано</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>общий порядок приема</translation>
    </message>
    <message>
        <source>early booking</source>
        <translation>раннее бронирование</translation>
    </message>
    <message>
        <source>temporary stay</source>
        <translation>временное пребывание</translation>
    </message>
    <message>
        <source>general developing group</source>
        <translation>общеразвивающая группа</translation>
    </message>
    <message>
        <source>special group</source>
        <translation>специальная группа</translation>
    </message>
    <message>
        <source>full day</source>
        <translation>полный день</translation>
    </message>
    <message>
        <source>half day</source>
        <translation>неполный день</translation>
    </message>
    <message>
        <source>round the clock</source>
        <translation>круглосуточно</translation>
    </message>
</context>
<context>
    <name>DirectionsPage</name>
    <message>
        <source>The directions could not be read: %1</source>
        <translation>Не удалось прочитать направления: %1</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>No directions yet.
They come from the queue system; until sync is set up, an administrator imports them with “Import directions…”.</source>
        <translation>Направлений пока нет.
Они поступают из системы управления очередностью; пока синхронизация не настроена, администратор импортирует их командой «Импорт направлений…».</translation>
    </message>
    <message>
        <source>No direction matches “%1”.</source>
        <translation>Нет направлений, соответствующих «%1».</translation>
    </message>
    <message>
        <source>No direction is in force now.
Choose “All” to see the used, refused and expired ones.</source>
        <translation>Сейчас нет действующих направлений.
Выберите «Все», чтобы увидеть использованные, закрытые отказом и просроченные.</translation>
    </message>
    <message>
        <source>Directions: %1, issued and not closed: %2</source>
        <translation>Направлений: %1, выданных и не закрытых: %2</translation>
    </message>
    <message>
        <source>Import directions</source>
        <translation>Импорт направлений</translation>
    </message>
    <message>
        <source>Directions (*.json);;All files (*)</source>
        <translation>Направления (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Место освобождено</translation>
    </message>
    <message>
        <source>Direction %1 is for an early-booking place. On which day was the place actually freed? The 5 working days of the direction count from the next working day.</source>
        <translation>Направление %1 выдано на место по раннему бронированию. В какой день место фактически освободилось? 5 рабочих дней действия направления отсчитываются со следующего рабочего дня.</translation>
    </message>
    <message>
        <source>&amp;Freed on:</source>
        <translation>&amp;Дата освобождения:</translation>
    </message>
    <message>
        <source>Extend direction</source>
        <translation>Продление направления</translation>
    </message>
    <message>
        <source>At the applicant&apos;s request, direction %1 can be extended once. It is valid until %2; the new end can be from %3 to %4.</source>
        <translation>По заявлению услугополучателя направление %1 может быть продлено один раз. Оно действует до %2; новая дата окончания — с %3 по %4.</translation>
    </message>
    <message>
        <source>&amp;Valid until:</source>
        <translation>&amp;Действует до:</translation>
    </message>
    <message>
        <source>Directions</source>
        <translation>Направления</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Показать:</translation>
    </message>
    <message>
        <source>In force and waiting</source>
        <translation>Действующие и ожидающие</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Direction number or child&apos;s IIN (Ctrl+F)</source>
        <translation>Номер направления или ИИН ребенка (Ctrl+F)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Import directions…</source>
        <translation>&amp;Импорт направлений…</translation>
    </message>
    <message>
        <source>&amp;Place freed…</source>
        <translation>&amp;Место освобождено…</translation>
    </message>
    <message>
        <source>Early booking: the day the place was actually freed starts the direction&apos;s 5 working days</source>
        <translation>Раннее бронирование: 5 рабочих дней действия направления отсчитываются от дня фактического освобождения места</translation>
    </message>
    <message>
        <source>&amp;Extend…</source>
        <translation>Прод&amp;лить…</translation>
    </message>
    <message numerus="yes">
        <source>Extend the direction once, at the applicant&apos;s request, by up to %n calendar day(s)</source>
        <translation>
            <numerusform>Продлить направление один раз по заявлению услугополучателя, не более чем на %n календарный день</numerusform>
            <numerusform>Продлить направление один раз по заявлению услугополучателя, не более чем на %n календарных дня</numerusform>
            <numerusform>Продлить направление один раз по заявлению услугополучателя, не более чем на %n календарных дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported: %1, unchanged: %2, refused: %3.</source>
        <translation>Импортировано: %1, без изменений: %2, отклонено: %3.</translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>Ничего не импортировано: %1</translation>
    </message>
    <message>
        <source>No direction with the number or child&apos;s IIN “%1”.</source>
        <translation>Направление с номером или ИИН ребенка «%1» не найдено.</translation>
    </message>
    <message>
        <source>Direction %1: the place was freed on %2.</source>
        <translation>Направление %1: место освобождено %2.</translation>
    </message>
    <message>
        <source>Direction %1 is extended until %2.</source>
        <translation>Направление %1 продлено до %2.</translation>
    </message>
    <message>
        <source>Direction %1 was not changed: %2</source>
        <translation>Направление %1 не изменено: %2</translation>
    </message>
    <message>
        <source>Confirm the extraordinary right</source>
        <translation>Подтверждение внеочередного права</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds direction %2 under an extraordinary right (%3). Confirm the right once its supporting document has been checked: without the confirmation the queue system cancels the direction after %n working day(s) and the right is removed.</source>
        <translation>
            <numerusform>Направление %2 (ребёнок: %1) выдано по внеочередному праву (%3). Подтвердите право после проверки подтверждающего документа: без подтверждения система очереди аннулирует направление через %n рабочий день и снимет право.</numerusform>
            <numerusform>Направление %2 (ребёнок: %1) выдано по внеочередному праву (%3). Подтвердите право после проверки подтверждающего документа: без подтверждения система очереди аннулирует направление через %n рабочих дня и снимет право.</numerusform>
            <numerusform>Направление %2 (ребёнок: %1) выдано по внеочередному праву (%3). Подтвердите право после проверки подтверждающего документа: без подтверждения система очереди аннулирует направление через %n рабочих дней и снимет право.</numerusform>
        </translation>
    </message>
    <message>
        <source>Con&amp;firmed on:</source>
        <translation>&amp;Дата подтверждения:</translation>
    </message>
    <message>
        <source>&amp;Right confirmed…</source>
        <translation>Право по&amp;дтверждено…</translation>
    </message>
    <message>
        <source>Categories 1 and 2: the extraordinary right was confirmed with its document</source>
        <translation>Категории 1 и 2: внеочередное право подтверждено документом</translation>
    </message>
    <message>
        <source>Direction %1: the extraordinary right was confirmed on %2.</source>
        <translation>Направление %1: внеочередное право подтверждено %2.</translation>
    </message>
</context>
<context>
    <name>Distribution</name>
    <message>
        <source>born outside the group&apos;s age period</source>
        <translation>дата рождения вне возрастного периода группы</translation>
    </message>
    <message>
        <source>on the stop list</source>
        <translation>в стоп-листе</translation>
    </message>
    <message>
        <source>already holds a direction</source>
        <translation>уже имеет направление</translation>
    </message>
    <message>
        <source>wants another language</source>
        <translation>выбран другой язык</translation>
    </message>
    <message>
        <source>a special group, and the child is not in category 4</source>
        <translation>специальная группа, а ребёнок не относится к категории 4</translation>
    </message>
    <message>
        <source>this kindergarten is not among the preferred ones</source>
        <translation>этой дошкольной организации нет среди выбранных</translation>
    </message>
    <message>
        <source>not enough places for the whole batch in this kindergarten</source>
        <translation>в этой дошкольной организации не хватает мест для всех детей, зарегистрированных вместе</translation>
    </message>
    <message>
        <source>the place went to a batch of twins or siblings placed together</source>
        <translation>место отдано близнецам или братьям и сёстрам, устраиваемым вместе</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written:
%1</source>
        <translation>Не удалось записать PDF:
%1</translation>
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
    <name>FileColumnsDelegate</name>
    <message>
        <source>%1 bytes</source>
        <translation>%1 байт</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 КБ</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 МБ</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 ГБ</translation>
    </message>
</context>
<context>
    <name>HelpBrowser</name>
    <message>
        <source>Back</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Вперед</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>User Guide</source>
        <translation>Руководство пользователя</translation>
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
    <message>
        <source>Kindergarten code</source>
        <translation>Код дошкольной организации</translation>
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
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>City or village</source>
        <translation>Населенный пункт</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Руководитель</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation>Счет (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Parental fee</source>
        <translation>Родительская плата</translation>
    </message>
    <message>
        <source>Fee due day</source>
        <translation>Срок внесения платы</translation>
    </message>
    <message>
        <source>Contract number format</source>
        <translation>Формат номера договора</translation>
    </message>
    <message>
        <source>Languages of the groups</source>
        <translation>Языки групп</translation>
    </message>
    <message>
        <source>Direction number</source>
        <translation>Номер направления</translation>
    </message>
    <message>
        <source>Direction issue date</source>
        <translation>Дата выдачи направления</translation>
    </message>
    <message>
        <source>Direction&apos;s kindergarten</source>
        <translation>Дошкольная организация в направлении</translation>
    </message>
    <message>
        <source>Child&apos;s IIN on the direction</source>
        <translation>ИИН ребенка в направлении</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Date the place was freed</source>
        <translation>Дата освобождения места</translation>
    </message>
    <message>
        <source>Extension of the direction</source>
        <translation>Продление направления</translation>
    </message>
    <message>
        <source>Direction status</source>
        <translation>Статус направления</translation>
    </message>
    <message>
        <source>Directions file</source>
        <translation>Файл направлений</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал обращения</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Документы</translation>
    </message>
    <message>
        <source>Certificate of health issued on</source>
        <translation>Дата выдачи справки о состоянии здоровья</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Дата договора</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Дата начала посещения</translation>
    </message>
    <message>
        <source>Grounds for refusal</source>
        <translation>Основания отказа</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Complaint received on</source>
        <translation>Дата поступления жалобы</translation>
    </message>
    <message>
        <source>Addressee</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Предмет жалобы</translation>
    </message>
    <message>
        <source>Answer date</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <source>Complaint status</source>
        <translation>Статус жалобы</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Начало периода</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Конец периода</translation>
    </message>
    <message>
        <source>a BIN has exactly 12 digits</source>
        <translation>БИН должен состоять ровно из 12 цифр</translation>
    </message>
    <message>
        <source>must contain {seq} and only the placeholders {seq}, {year}, {month}</source>
        <translation>должен содержать {seq} и только подстановки {seq}, {year}, {month}</translation>
    </message>
    <message>
        <source>no such direction in the local store</source>
        <translation>такого направления нет в локальном хранилище</translation>
    </message>
    <message>
        <source>a direction with this number but other contents is already stored</source>
        <translation>направление с этим номером, но другим содержанием уже есть в хранилище</translation>
    </message>
    <message>
        <source>the direction is for another kindergarten</source>
        <translation>направление выдано в другую дошкольную организацию</translation>
    </message>
    <message>
        <source>the direction is for another child</source>
        <translation>направление выдано на другого ребенка</translation>
    </message>
    <message>
        <source>the direction is not in force on this day</source>
        <translation>направление не действует в этот день</translation>
    </message>
    <message>
        <source>the direction is already closed</source>
        <translation>направление уже закрыто</translation>
    </message>
    <message>
        <source>a direction can be extended only once</source>
        <translation>направление можно продлить только один раз</translation>
    </message>
    <message>
        <source>the extension is longer than allowed</source>
        <translation>срок продления превышает допустимый</translation>
    </message>
    <message>
        <source>documents are accepted on working days 09:00-17:30, except 13:00-14:00</source>
        <translation>документы принимаются в рабочие дни с 09:00 до 17:30, кроме перерыва с 13:00 до 14:00</translation>
    </message>
    <message>
        <source>this stage cannot come before the previous one</source>
        <translation>этот этап не может наступить раньше предыдущего</translation>
    </message>
    <message>
        <source>the service has already ended with a result</source>
        <translation>обслуживание уже завершено с результатом</translation>
    </message>
    <message>
        <source>documents are missing</source>
        <translation>отсутствуют документы</translation>
    </message>
    <message>
        <source>issued longer before the contract date than the rules allow</source>
        <translation>со дня выдачи до даты договора прошло больше времени, чем допускают Правила</translation>
    </message>
    <message>
        <source>issued after the contract date</source>
        <translation>дата выдачи позже даты договора</translation>
    </message>
    <message>
        <source>choose at least one ground</source>
        <translation>выберите хотя бы одно основание</translation>
    </message>
    <message>
        <source>the answer cannot come before the complaint was received</source>
        <translation>дата ответа не может быть раньше даты поступления жалобы</translation>
    </message>
    <message>
        <source>the end of the period is before its start</source>
        <translation>конец периода раньше его начала</translation>
    </message>
    <message>
        <source>the date is in the future</source>
        <translation>дата еще не наступила</translation>
    </message>
    <message>
        <source>no such service in the local store</source>
        <translation>такого обслуживания нет в локальном хранилище</translation>
    </message>
    <message>
        <source>no such complaint in the local store</source>
        <translation>такой жалобы нет в локальном хранилище</translation>
    </message>
    <message>
        <source>Parent&apos;s ID document</source>
        <translation>Документ, удостоверяющий личность родителя</translation>
    </message>
    <message>
        <source>Parent&apos;s address</source>
        <translation>Адрес родителя</translation>
    </message>
    <message>
        <source>Kindergarten&apos;s details</source>
        <translation>Реквизиты дошкольной организации</translation>
    </message>
    <message>
        <source>the child cannot start attending before the contract date</source>
        <translation>ребенок не может начать посещение раньше даты договора</translation>
    </message>
    <message>
        <source>the child cannot start attending after the last day of the temporary stay</source>
        <translation>ребенок не может начать посещение после последнего дня временного пребывания</translation>
    </message>
    <message>
        <source>this file exists and is not a PDF document: choose another name</source>
        <translation>такой файл уже есть, и это не PDF-документ: выберите другое имя</translation>
    </message>
    <message>
        <source>the application&apos;s id is not a UUID</source>
        <translation>идентификатор заявления не является UUID</translation>
    </message>
    <message>
        <source>this id belongs to another child&apos;s application</source>
        <translation>этот идентификатор принадлежит заявлению другого ребёнка</translation>
    </message>
    <message>
        <source>Place identifier</source>
        <translation>Идентификатор места</translation>
    </message>
    <message>
        <source>Kindergarten of the place</source>
        <translation>Детский сад места</translation>
    </message>
    <message>
        <source>Age period (dates of birth)</source>
        <translation>Возрастной период (даты рождения)</translation>
    </message>
    <message>
        <source>Language of the group</source>
        <translation>Язык группы</translation>
    </message>
    <message>
        <source>Day admission starts</source>
        <translation>День начала приёма</translation>
    </message>
    <message>
        <source>Last day of the temporary stay</source>
        <translation>Последний день временного пребывания</translation>
    </message>
    <message>
        <source>Day the place was actually freed</source>
        <translation>День фактического освобождения места</translation>
    </message>
    <message>
        <source>File of places</source>
        <translation>Файл мест</translation>
    </message>
    <message>
        <source>there is no such place</source>
        <translation>такого места нет</translation>
    </message>
    <message>
        <source>a direction holds this place</source>
        <translation>на это место выдано направление</translation>
    </message>
    <message>
        <source>the place has been withdrawn</source>
        <translation>место отозвано</translation>
    </message>
    <message>
        <source>the place is not an early-booking place</source>
        <translation>это место не раннего бронирования</translation>
    </message>
    <message>
        <source>Confirmation of the extraordinary right</source>
        <translation>Подтверждение внеочередного права</translation>
    </message>
    <message>
        <source>the child does not hold the direction under an extraordinary right</source>
        <translation>направление получено не по внеочередному праву</translation>
    </message>
    <message>
        <source>the right was already confirmed</source>
        <translation>право уже подтверждено</translation>
    </message>
    <message>
        <source>Complaint from</source>
        <translation>От кого жалоба</translation>
    </message>
    <message>
        <source>too long; the most characters it takes</source>
        <translation>слишком длинно; наибольшее число знаков</translation>
    </message>
    <message>
        <source>Authorised body for complaints</source>
        <translation>Уполномоченный орган по жалобам</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>too short; the fewest characters it takes</source>
        <translation>слишком короткий; наименьшее число символов</translation>
    </message>
    <message>
        <source>the two passwords differ</source>
        <translation>пароли не совпадают</translation>
    </message>
    <message>
        <source>another account has this login</source>
        <translation>этот логин уже занят</translation>
    </message>
    <message>
        <source>wrong login or password</source>
        <translation>неверный логин или пароль</translation>
    </message>
    <message>
        <source>this account is disabled</source>
        <translation>эта учётная запись отключена</translation>
    </message>
    <message>
        <source>there is no such account</source>
        <translation>такого пользователя нет</translation>
    </message>
    <message>
        <source>the store already has accounts</source>
        <translation>в хранилище уже есть пользователи</translation>
    </message>
    <message>
        <source>the last administrator who can sign in must stay one</source>
        <translation>единственный администратор, который может войти, должен им остаться</translation>
    </message>
    <message>
        <source>your role does not allow this</source>
        <translation>ваша роль этого не позволяет</translation>
    </message>
    <message>
        <source>Backup copy</source>
        <translation>Резервная копия</translation>
    </message>
    <message>
        <source>the copy is damaged; nothing was replaced</source>
        <translation>копия повреждена; ничего не заменено</translation>
    </message>
    <message>
        <source>not a copy of a Qabyldau store; nothing was replaced</source>
        <translation>это не копия хранилища Qabyldau; ничего не заменено</translation>
    </message>
    <message>
        <source>the copy could not be written</source>
        <translation>не удалось записать копию</translation>
    </message>
    <message>
        <source>another program has the store open; close it and try again</source>
        <translation>хранилище открыто другой программой; закройте её и повторите попытку</translation>
    </message>
    <message>
        <source>contains a control character, which no document can show</source>
        <translation>содержит управляющий символ, который не может быть показан ни в одном документе</translation>
    </message>
    <message>
        <source>Reason for withdrawal</source>
        <translation>Причина отзыва</translation>
    </message>
    <message>
        <source>no such application in the local store</source>
        <translation>такого заявления нет в локальном хранилище</translation>
    </message>
    <message>
        <source>only an application waiting in the queue can be corrected</source>
        <translation>исправить можно только заявление, стоящее в очереди</translation>
    </message>
    <message>
        <source>an archived application, or one that holds a direction, cannot be withdrawn</source>
        <translation>нельзя отозвать заявление, которое в архиве или по которому выдано направление</translation>
    </message>
    <message>
        <source>an account (IBAN) is KZ, 2 check digits and 16 letters or digits</source>
        <translation>счет (IBAN) — это KZ, 2 контрольные цифры и 16 букв или цифр</translation>
    </message>
    <message>
        <source>the IBAN&apos;s check digits do not match: a character is mistyped</source>
        <translation>контрольные цифры IBAN не совпадают: один из символов введен с ошибкой</translation>
    </message>
    <message>
        <source>a BIC is 8 letters or digits, like HSBKKZKX</source>
        <translation>БИК состоит из 8 букв или цифр, например HSBKKZKX</translation>
    </message>
    <message>
        <source>Kind of ID document</source>
        <translation>Вид документа, удостоверяющего личность</translation>
    </message>
    <message>
        <source>ID document number</source>
        <translation>Номер документа</translation>
    </message>
    <message>
        <source>ID document issued on</source>
        <translation>Дата выдачи документа</translation>
    </message>
    <message>
        <source>ID document issued by</source>
        <translation>Орган, выдавший документ</translation>
    </message>
    <message>
        <source>the number is 9 digits, as on the card (e.g. 012345678)</source>
        <translation>номер состоит из 9 цифр, как на удостоверении (например, 012345678)</translation>
    </message>
    <message>
        <source>a passport number is the letter N and 8 digits (e.g. N12345678)</source>
        <translation>номер паспорта — буква N и 8 цифр (например, N12345678)</translation>
    </message>
    <message>
        <source>the number is letters and digits, at least one digit, up to 20</source>
        <translation>номер — буквы и цифры, хотя бы одна цифра, не более 20 знаков</translation>
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
    <name>JsonReader</name>
    <message>
        <source>the text ends too early</source>
        <translation>текст обрывается преждевременно</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>недопустимый символ</translation>
    </message>
    <message>
        <source>expected &apos;{&apos;</source>
        <translation>ожидается «{»</translation>
    </message>
    <message>
        <source>expected &apos;[&apos;</source>
        <translation>ожидается «[»</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>ожидается «:» после имени элемента</translation>
    </message>
    <message>
        <source>expected a member name in double quotes</source>
        <translation>ожидается имя элемента в двойных кавычках</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>ожидается «,» или «}»</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>ожидается «,» или «]»</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>неверное число</translation>
    </message>
    <message>
        <source>invalid literal (true, false or null expected)</source>
        <translation>неверный литерал (ожидается true, false или null)</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>незакрытая строка</translation>
    </message>
    <message>
        <source>control character in a string (it must be escaped)</source>
        <translation>управляющий символ в строке (его необходимо экранировать)</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>неверная escape-последовательность</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>неверная кодировка UTF-8</translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation>слишком глубокая вложенность значений</translation>
    </message>
    <message>
        <source>text after the end of the value</source>
        <translation>текст после конца значения</translation>
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
    <name>KindergartenProfile</name>
    <message>
        <source>in Kazakh</source>
        <translation>на казахском языке</translation>
    </message>
    <message>
        <source>in Russian</source>
        <translation>на русском языке</translation>
    </message>
</context>
<context>
    <name>KindergartenProfileEditor</name>
    <message>
        <source>The details were changed. Save them?</source>
        <translation>Реквизиты изменены. Сохранить их?</translation>
    </message>
    <message>
        <source>This kindergarten</source>
        <translation>Эта дошкольная организация</translation>
    </message>
    <message>
        <source>What contracts, refusal letters and receipts print about the kindergarten. Problems appear next to their field; nothing you typed is lost when the details cannot be saved.</source>
        <translation>Сведения о дошкольной организации, которые печатаются в договорах, письмах об отказе и расписках. Ошибки показываются рядом с соответствующим полем; если реквизиты не удается сохранить, введенные данные не теряются.</translation>
    </message>
    <message>
        <source>Kindergarten</source>
        <translation>Дошкольная организация</translation>
    </message>
    <message>
        <source>Bank details and parental fee</source>
        <translation>Банковские реквизиты и родительская плата</translation>
    </message>
    <message>
        <source>Contracts and groups</source>
        <translation>Договоры и группы</translation>
    </message>
    <message>
        <source>Document templates</source>
        <translation>Шаблоны документов</translation>
    </message>
    <message>
        <source>Code in the region</source>
        <translation>Код в регионе</translation>
    </message>
    <message>
        <source>Full name in Kazakh</source>
        <translation>Полное наименование на казахском языке</translation>
    </message>
    <message>
        <source>Full name in Russian</source>
        <translation>Полное наименование на русском языке</translation>
    </message>
    <message>
        <source>BIN</source>
        <translation>БИН</translation>
    </message>
    <message>
        <source>Address in Kazakh</source>
        <translation>Адрес на казахском языке</translation>
    </message>
    <message>
        <source>Address in Russian</source>
        <translation>Адрес на русском языке</translation>
    </message>
    <message>
        <source>City or village in Kazakh</source>
        <translation>Населенный пункт на казахском языке</translation>
    </message>
    <message>
        <source>City or village in Russian</source>
        <translation>Населенный пункт на русском языке</translation>
    </message>
    <message>
        <source>Head (full name)</source>
        <translation>Руководитель (ФИО)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Банк</translation>
    </message>
    <message>
        <source>Account (IBAN)</source>
        <translation>Счет (IBAN)</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>БИК</translation>
    </message>
    <message>
        <source>Parental fee per month</source>
        <translation>Родительская плата в месяц</translation>
    </message>
    <message>
        <source>Paid by day of the month</source>
        <translation>Срок оплаты (число месяца)</translation>
    </message>
    <message>
        <source>Fee terms in Kazakh</source>
        <translation>Условия оплаты на казахском языке</translation>
    </message>
    <message>
        <source>Fee terms in Russian</source>
        <translation>Условия оплаты на русском языке</translation>
    </message>
    <message>
        <source>Contract number format</source>
        <translation>Формат номера договора</translation>
    </message>
    <message>
        <source>Languages of the groups</source>
        <translation>Языки групп</translation>
    </message>
    <message>
        <source>The code the region&apos;s queue system gives this kindergarten; directions carry it.</source>
        <translation>Код, присвоенный дошкольной организации системой управления очередностью региона; он указывается в направлениях.</translation>
    </message>
    <message>
        <source>Business identification number: 12 digits, the last one a check digit.</source>
        <translation>Бизнес-идентификационный номер: 12 цифр, последняя — контрольная.</translation>
    </message>
    <message>
        <source>not charged</source>
        <translation>не взимается</translation>
    </message>
    <message>
        <source>What the fee covers, exemptions</source>
        <translation>Что входит в оплату, льготы</translation>
    </message>
    <message>
        <source>{seq} is the contract&apos;s number within the year ({seq:4} pads it to 4 digits); {year} and {month} are those of the contract date.</source>
        <translation>{seq} — порядковый номер договора в году ({seq:4} дополняет его нулями до 4 цифр); {year} и {month} — год и месяц даты договора.</translation>
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
        <source>&amp;Use edited templates from...</source>
        <translation>&amp;Использовать измененные шаблоны из...</translation>
    </message>
    <message>
        <source>Use the &amp;built-in templates</source>
        <translation>Использовать &amp;встроенные шаблоны</translation>
    </message>
    <message>
        <source>C&amp;opy the built-in templates to...</source>
        <translation>&amp;Копировать встроенные шаблоны в...</translation>
    </message>
    <message>
        <source>Copies the program&apos;s templates into a folder of your choice so that you can edit their wording.</source>
        <translation>Копирует шаблоны программы в выбранную вами папку, чтобы вы могли изменить их текст.</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Отменить изменения</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Следующий: %1</translation>
    </message>
    <message>
        <source>Not saved: correct the fields marked in red.</source>
        <translation>Не сохранено: исправьте поля, выделенные красным.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <source>Documents are printed from the built-in templates.</source>
        <translation>Документы печатаются по встроенным шаблонам.</translation>
    </message>
    <message>
        <source>Documents are printed from the edited templates in %1; a document whose template is not there comes from the built-in one.</source>
        <translation>Документы печатаются по измененным шаблонам из папки %1; документ, шаблона которого там нет, печатается по встроенному шаблону.</translation>
    </message>
    <message>
        <source>The folder cannot be found: every document comes from the built-in templates.</source>
        <translation>Папка не найдена: все документы печатаются по встроенным шаблонам.</translation>
    </message>
    <message>
        <source>Edited templates are used from now on.</source>
        <translation>Теперь используются измененные шаблоны.</translation>
    </message>
    <message>
        <source>The folder holds none of the template files (such as %1): every document still comes from the built-in templates.</source>
        <translation>В папке нет ни одного файла шаблона (например, %1): все документы по-прежнему печатаются по встроенным шаблонам.</translation>
    </message>
    <message>
        <source>Folder of the edited templates</source>
        <translation>Папка с измененными шаблонами</translation>
    </message>
    <message>
        <source>Copy the built-in templates to</source>
        <translation>Копировать встроенные шаблоны в</translation>
    </message>
    <message>
        <source>The templates could not be copied: %1</source>
        <translation>Не удалось скопировать шаблоны: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) copied to %1.</source>
        <translation>
            <numerusform>%n шаблон скопирован в папку %1.</numerusform>
            <numerusform>%n шаблона скопировано в папку %1.</numerusform>
            <numerusform>%n шаблонов скопировано в папку %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) already there were kept.</source>
        <translation>
            <numerusform>Оставлен без изменений %n файл, уже имевшийся в папке.</numerusform>
            <numerusform>Оставлены без изменений %n файла, уже имевшиеся в папке.</numerusform>
            <numerusform>Оставлено без изменений %n файлов, уже имевшихся в папке.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print documents from this folder from now on?</source>
        <translation>Печатать документы по шаблонам из этой папки?</translation>
    </message>
    <message>
        <source>Authorised body for complaints, in Kazakh</source>
        <translation>Уполномоченный орган по жалобам, на казахском</translation>
    </message>
    <message>
        <source>Authorised body for complaints, in Russian</source>
        <translation>Уполномоченный орган по жалобам, на русском</translation>
    </message>
    <message>
        <source>Name and address; the refusal letter names it</source>
        <translation>Наименование и адрес; указываются в письме об отказе</translation>
    </message>
    <message>
        <source>The regional department of the authorised body for the assessment and control of the quality of public services, where a parent may complain about a refusal: its name and postal address.</source>
        <translation>Территориальный департамент уполномоченного органа по оценке и контролю за качеством оказания государственных услуг, куда родитель может обжаловать отказ: его наименование и почтовый адрес.</translation>
    </message>
</context>
<context>
    <name>KindergartenProfileSection</name>
    <message>
        <source>This kindergarten</source>
        <translation>Эта дошкольная организация</translation>
    </message>
    <message>
        <source>Not filled in yet: contracts, refusal letters and receipts cannot be printed without the kindergarten&apos;s details.</source>
        <translation>Не заполнено: без реквизитов дошкольной организации нельзя печатать договоры, письма об отказе и расписки.</translation>
    </message>
    <message>
        <source>%1, BIN %2</source>
        <translation>%1, БИН %2</translation>
    </message>
    <message>
        <source>Edit the de&amp;tails...</source>
        <translation>&amp;Изменить реквизиты...</translation>
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
        <source>Edit the l&amp;ist...</source>
        <translation>Изменить списо&amp;к...</translation>
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
        <translation>Сп&amp;равка</translation>
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
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Back Up the Local Store</source>
        <translation>Резервная копия локального хранилища</translation>
    </message>
    <message>
        <source>Qabyldau backups (*.sqlite);;All files (*)</source>
        <translation>Резервные копии Qabyldau (*.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Copying and checking the local store…</source>
        <translation>Копирование и проверка локального хранилища…</translation>
    </message>
    <message>
        <source>The backup was not made.</source>
        <translation>Резервная копия не создана.</translation>
    </message>
    <message>
        <source>Backup written and checked: %1</source>
        <translation>Резервная копия записана и проверена: %1</translation>
    </message>
    <message>
        <source>Restore the Local Store</source>
        <translation>Восстановление локального хранилища</translation>
    </message>
    <message>
        <source>Replace the local store by the backup %1?

The backup is checked first; a damaged copy is refused and nothing changes. What was entered after the backup was made will no longer be in the store: the current store is kept in its folder as %2, and can be restored the same way.

The window closes and opens again on the restored store.</source>
        <translation>Заменить локальное хранилище резервной копией %1?

Сначала копия проверяется; повреждённая копия отклоняется, и ничего не меняется. Данных, внесённых после создания копии, в хранилище больше не будет: текущее хранилище сохраняется в своей папке как %2, и его можно восстановить так же.

Окно закроется и откроется снова с восстановленным хранилищем.</translation>
    </message>
    <message>
        <source>&amp;Back Up…</source>
        <translation>&amp;Создать резервную копию…</translation>
    </message>
    <message>
        <source>&amp;Restore from Backup…</source>
        <translation>В&amp;осстановить из резервной копии…</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Руководство пользователя</translation>
    </message>
</context>
<context>
    <name>NeedsAttentionDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>Требует внимания</translation>
    </message>
    <message>
        <source>Nothing needs attention: the queue server accepted every command this desk sent.</source>
        <translation>Ничего не требует внимания: сервер очереди принял все команды, отправленные с этого рабочего места.</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Why it was refused, what to do</source>
        <translation>Почему отклонено, что делать</translation>
    </message>
    <message>
        <source>Open the application</source>
        <translation>Открыть заявление</translation>
    </message>
    <message>
        <source>Registered at another kindergarten</source>
        <translation>Зарегистрировано в другом детском саду</translation>
    </message>
    <message>
        <source>Registration of an application</source>
        <translation>Регистрация заявления</translation>
    </message>
    <message>
        <source>Withdrawal of an application</source>
        <translation>Отзыв заявления</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Отказ</translation>
    </message>
    <message>
        <source>Service time</source>
        <translation>Время обслуживания</translation>
    </message>
    <message>
        <source>Extension of a direction</source>
        <translation>Продление направления</translation>
    </message>
    <message>
        <source>Freed place date</source>
        <translation>Дата освобождения места</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <source>Change of a complaint</source>
        <translation>Изменение жалобы</translation>
    </message>
    <message>
        <source>Import of applications</source>
        <translation>Импорт заявлений</translation>
    </message>
    <message>
        <source>The child already has an active application in the region; this registration was not added to the queue.</source>
        <translation>У ребенка уже есть действующее заявление в регионе; эта регистрация не добавлена в очередь.</translation>
    </message>
    <message>
        <source>The existing application is number %1 in the queue.</source>
        <translation>Существующее заявление стоит в очереди под номером %1.</translation>
    </message>
    <message>
        <source>Tell the parent; do not register the child again.</source>
        <translation>Сообщите родителю; не регистрируйте ребенка повторно.</translation>
    </message>
    <message>
        <source>The application does not meet the Appendix 1 rules on the server. Check the application&apos;s data and register it again.</source>
        <translation>Заявление не соответствует требованиям приложения 1 на сервере. Проверьте данные заявления и зарегистрируйте его заново.</translation>
    </message>
    <message>
        <source>The server already holds a record with this identifier. Tell the administrator.</source>
        <translation>На сервере уже есть запись с этим идентификатором. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The time the record was written is not possible (check this computer&apos;s clock and date). Tell the administrator.</source>
        <translation>Указано невозможное время записи (проверьте часы и дату на этом компьютере). Сообщите администратору.</translation>
    </message>
    <message>
        <source>The direction is no longer valid on the server (used, refused, expired or cancelled). Check the direction&apos;s status before serving the parent.</source>
        <translation>Направление на сервере больше не действует (использовано, закрыто отказом, просрочено или аннулировано). Проверьте статус направления, прежде чем обслуживать родителя.</translation>
    </message>
    <message>
        <source>The application cannot be withdrawn: it is archived already, or it holds an active direction.</source>
        <translation>Заявление нельзя отозвать: оно уже в архиве или по нему есть действующее направление.</translation>
    </message>
    <message>
        <source>The direction was extended before; it can be extended only once.</source>
        <translation>Направление уже продлевалось; продлить его можно только один раз.</translation>
    </message>
    <message>
        <source>The server holds another record under the same number from this desk. Tell the administrator.</source>
        <translation>На сервере есть другая запись с этого рабочего места под тем же номером. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The queue server does not accept this kind of record yet. Keep the paper copy; tell the administrator.</source>
        <translation>Сервер очереди пока не принимает такие записи. Сохраните бумажную копию; сообщите администратору.</translation>
    </message>
    <message>
        <source>The server found the record&apos;s data incomplete or wrong: %1</source>
        <translation>Сервер счел данные записи неполными или неверными: %1</translation>
    </message>
    <message>
        <source>Publication of a free place</source>
        <translation>Публикация свободного места</translation>
    </message>
    <message>
        <source>Withdrawal of a place</source>
        <translation>Отзыв места</translation>
    </message>
    <message>
        <source>Place actually freed</source>
        <translation>Фактическое освобождение места</translation>
    </message>
    <message>
        <source>Correction of an application</source>
        <translation>Исправление заявления</translation>
    </message>
    <message>
        <source>The server does not know the application, direction, place or complaint this record is about, or it belongs to another kindergarten.</source>
        <translation>Сервер не нашел заявление, направление, место или жалобу, к которым относится запись, либо они принадлежат другому детскому саду.</translation>
    </message>
    <message>
        <source>Another place in the region already has this place&apos;s identifier.</source>
        <translation>В регионе уже есть другое место с таким же идентификатором.</translation>
    </message>
    <message>
        <source>The place is not for this desk&apos;s kindergarten.</source>
        <translation>Место относится не к детскому саду этого рабочего места.</translation>
    </message>
    <message>
        <source>The server found the place&apos;s details incomplete or wrong.</source>
        <translation>Сервер счел данные места неполными или неверными.</translation>
    </message>
    <message>
        <source>The place was not published: it is taken off this desk&apos;s places and bulletin. If it is free, publish it again, with its details checked.</source>
        <translation>Место не опубликовано: оно убрано из списка мест и из бюллетеня этого рабочего места. Если место свободно, проверьте его данные и опубликуйте снова.</translation>
    </message>
    <message>
        <source>A direction already holds the place on the server, so it cannot be withdrawn. The direction comes with the next sync.</source>
        <translation>На сервере место уже занято направлением, поэтому его нельзя отозвать. Направление поступит при следующей синхронизации.</translation>
    </message>
    <message>
        <source>The place was withdrawn on the server already.</source>
        <translation>Место уже отозвано на сервере.</translation>
    </message>
    <message>
        <source>On the server the place is not an early-booking place, so it has no day of being actually freed.</source>
        <translation>На сервере место не относится к раннему бронированию, поэтому у него нет даты фактического освобождения.</translation>
    </message>
    <message>
        <source>The day the place was freed is later than the day it was entered. Check this computer&apos;s date and enter the day again.</source>
        <translation>Дата освобождения места позже дня, когда она была введена. Проверьте дату на этом компьютере и введите дату снова.</translation>
    </message>
    <message>
        <source>Another application in the region already has the number %1 (was this desk&apos;s store restored from an old copy?). Tell the administrator.</source>
        <translation>Номер %1 уже есть у другого заявления в регионе (не восстанавливалось ли локальное хранилище этого компьютера из старой копии?). Сообщите администратору.</translation>
    </message>
    <message>
        <source>Verification code of a printed document</source>
        <translation>Код проверки напечатанного документа</translation>
    </message>
    <message>
        <source>The server did not keep this printed document&apos;s verification code, so it cannot confirm the paper. Tell the administrator.</source>
        <translation>Сервер не сохранил код проверки этого напечатанного документа и не сможет подтвердить подлинность бумажного экземпляра. Сообщите администратору.</translation>
    </message>
    <message>
        <source>The change was not made: this desk shows the place as the queue server last confirmed it.</source>
        <translation>Изменение не внесено: на этом рабочем месте место показано таким, каким его в последний раз подтвердил сервер очереди.</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <source>no outbox command %1</source>
        <translation>среди исходящих нет команды %1</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <source>Fro&amp;m</source>
        <translation>&amp;С</translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation>п&amp;о</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ</translation>
    </message>
</context>
<context>
    <name>PlaceDialog</name>
    <message>
        <source>Publish a free place</source>
        <translation>Публикация свободного места</translation>
    </message>
    <message>
        <source>&amp;Group</source>
        <translation>&amp;Группа</translation>
    </message>
    <message>
        <source>Children &amp;born</source>
        <translation>&amp;Даты рождения</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Group &amp;type</source>
        <translation>&amp;Тип группы</translation>
    </message>
    <message>
        <source>&amp;Working mode</source>
        <translation>&amp;Режим работы</translation>
    </message>
    <message>
        <source>&amp;Admission mode</source>
        <translation>Режим &amp;приема</translation>
    </message>
    <message>
        <source>Temporary stay &amp;until</source>
        <translation>Последний д&amp;ень пребывания</translation>
    </message>
    <message>
        <source>Actually &amp;freed on</source>
        <translation>Фактически &amp;освободилось</translation>
    </message>
    <message>
        <source>Which &amp;days</source>
        <translation>&amp;Какие дни</translation>
    </message>
    <message>
        <source>Admission &amp;starts on</source>
        <translation>&amp;Начало приема</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Born from</source>
        <translation>Дата рождения, с</translation>
    </message>
    <message>
        <source>Born until</source>
        <translation>Дата рождения, по</translation>
    </message>
    <message>
        <source>e.g. Middle group «Balapan»</source>
        <translation>например, Средняя группа «Балапан»</translation>
    </message>
    <message>
        <source>Empty until the place is actually free</source>
        <translation>Пусто, пока место фактически не освободится</translation>
    </message>
    <message>
        <source>The days of attending are &amp;restricted</source>
        <translation>Дни посещения огр&amp;аничены</translation>
    </message>
    <message>
        <source>e.g. Monday to Wednesday</source>
        <translation>например, с понедельника по среду</translation>
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
        <source>Other language</source>
        <translation>Другой язык</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>Опу&amp;бликовать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s code is not set: enter it in Settings first.</source>
        <translation>Код этого детского сада не задан: сначала укажите его в настройках.</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <source>The first date of birth is after the last one.</source>
        <translation>Первая дата рождения позже последней.</translation>
    </message>
    <message>
        <source>The last day of the stay is before admission starts.</source>
        <translation>Последний день пребывания раньше начала приема.</translation>
    </message>
</context>
<context>
    <name>Places</name>
    <message>
        <source>open</source>
        <translation>свободно</translation>
    </message>
    <message>
        <source>held by a direction</source>
        <translation>занято направлением</translation>
    </message>
    <message>
        <source>filled</source>
        <translation>заполнено</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>отозвано</translation>
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
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Диск</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Папка</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Ярлык</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестный</translation>
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
    <message>
        <source>Any</source>
        <comment>the kindergarten filter: any kindergarten</comment>
        <translation>Любая</translation>
    </message>
    <message>
        <source>The queue is empty: this desk has no applications yet.

To begin, register an application on the Applications page, import the region&apos;s queue file (qabyldau-cli applications import FILE), or connect to the queue server in Settings, Connection to the queue server.

F1 opens the user guide.</source>
        <translation>Очередь пуста: на этом рабочем месте еще нет ни одного заявления.

Чтобы начать, зарегистрируйте заявление на странице «Заявления», импортируйте файл очереди региона (qabyldau-cli applications import ФАЙЛ) или подключитесь к серверу очереди на странице «Настройки», раздел «Подключение к серверу очереди».

Клавиша F1 открывает руководство пользователя.</translation>
    </message>
    <message>
        <source>Queue numbers may still change: another program is writing to the store. The queue is shown again when it has finished.</source>
        <translation>Номера в очереди ещё могут измениться: в хранилище сейчас пишет другая программа. Когда она закончит, очередь обновится сама.</translation>
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
    <message>
        <source>Another kindergarten&apos;s applicant</source>
        <translation>Заявитель другого детского сада</translation>
    </message>
    <message>
        <source>Registered at another kindergarten: known here only by its place in the queue</source>
        <translation>Зарегистрировано в другом детском саду: здесь известно только место в очереди</translation>
    </message>
    <message>
        <source>Provisional: not yet confirmed by the queue server; the number is this desk&apos;s estimate</source>
        <translation>Предварительно: сервер очереди еще не подтвердил; номер — оценка этого рабочего места</translation>
    </message>
    <message>
        <source>Year of birth</source>
        <translation>Год рождения</translation>
    </message>
</context>
<context>
    <name>RefusalDialog</name>
    <message>
        <source>Tick at least one ground of the refusal.</source>
        <translation>Отметьте хотя бы одно основание отказа.</translation>
    </message>
    <message>
        <source>The refusal was not recorded: %1</source>
        <translation>Отказ не зарегистрирован: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Refusal No. %1</source>
        <translation>Отказ № %1</translation>
    </message>
    <message>
        <source>Reasoned refusal</source>
        <translation>Мотивированный отказ</translation>
    </message>
    <message>
        <source>Reasoned refusal: %1, direction %2</source>
        <translation>Мотивированный отказ: %1, направление %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Documents missing or faulty:</source>
        <translation>Отсутствующие или ненадлежащие документы:</translation>
    </message>
    <message>
        <source>&amp;Reasons, in your words (printed in the letter):</source>
        <translation>&amp;Причины своими словами (печатаются в письме):</translation>
    </message>
    <message>
        <source>&amp;Language of the letter:</source>
        <translation>&amp;Язык письма:</translation>
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
        <source>Pre&amp;view draft…</source>
        <translation>Пред&amp;варительный просмотр…</translation>
    </message>
    <message>
        <source>Record re&amp;fusal</source>
        <translation>&amp;Зарегистрировать отказ</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Пе&amp;чать…</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Refusal No. %1 of %2 is recorded. Print the letter for the head&apos;s signature.</source>
        <translation>Отказ № %1 от %2 зарегистрирован. Распечатайте письмо на подпись руководителю.</translation>
    </message>
    <message>
        <source>Grounds (clause 34 of the Rules, Appendix 4 item 9):</source>
        <translation>Основания (пункт 34 Правил, пункт 9 приложения 4 к Правилам):</translation>
    </message>
</context>
<context>
    <name>RefusalGrounds</name>
    <message>
        <source>clause 34, subclause 1) of the Rules</source>
        <translation>подпункт 1) пункта 34 Правил</translation>
    </message>
    <message>
        <source>clause 34, subclause 2) of the Rules</source>
        <translation>подпункт 2) пункта 34 Правил</translation>
    </message>
    <message>
        <source>clause 34, subclause 3) of the Rules</source>
        <translation>подпункт 3) пункта 34 Правил</translation>
    </message>
    <message>
        <source>Appendix 4 to the Rules, item 9, subitem 1)</source>
        <translation>подпункт 1) пункта 9 приложения 4 к Правилам</translation>
    </message>
    <message>
        <source>Appendix 4 to the Rules, item 9, subitem 2)</source>
        <translation>подпункт 2) пункта 9 приложения 4 к Правилам</translation>
    </message>
    <message>
        <source>Documents required for the contract were not presented or are out of date</source>
        <translation>Документы, необходимые для заключения договора, не представлены или просрочены</translation>
    </message>
    <message>
        <source>The documents show medical contraindications to attending a kindergarten</source>
        <translation>Документы свидетельствуют о наличии медицинских противопоказаний к посещению дошкольной организации</translation>
    </message>
    <message>
        <source>Other reasons arising from the supporting documents</source>
        <translation>Иные причины, вытекающие из подтверждающих документов</translation>
    </message>
    <message>
        <source>The documents or the data in them were found to be false</source>
        <translation>Установлена недостоверность документов или содержащихся в них данных (сведений)</translation>
    </message>
    <message>
        <source>The recipient or the documents do not meet the requirements of the legal acts</source>
        <translation>Несоответствие услугополучателя и (или) представленных материалов требованиям нормативных правовых актов</translation>
    </message>
</context>
<context>
    <name>RegisterExport</name>
    <message>
        <source>Register of contracts</source>
        <translation>Реестр договоров</translation>
    </message>
    <message>
        <source>Register of refusals</source>
        <translation>Реестр отказов</translation>
    </message>
    <message>
        <source>Register of service times</source>
        <translation>Реестр времени обслуживания</translation>
    </message>
    <message>
        <source>Register of complaints</source>
        <translation>Реестр жалоб</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>The register cannot be made: %1</source>
        <translation>Не удается сформировать реестр: %1</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Не удалось записать файл: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Экспортирована %n строка в файл %1.</numerusform>
            <numerusform>Экспортированы %n строки в файл %1.</numerusform>
            <numerusform>Экспортировано %n строк в файл %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The print was not recorded in the audit: %1</source>
        <translation>Печать не записана в аудит: %1</translation>
    </message>
</context>
<context>
    <name>Registers</name>
    <message>
        <source>Contract No.</source>
        <translation>№ договора</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Direction No.</source>
        <translation>№ направления</translation>
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
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>ИИН родителя</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Дата начала посещения</translation>
    </message>
    <message>
        <source>Documents owed</source>
        <translation>Документы, представляемые позднее</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Verification code</source>
        <translation>Проверочный код</translation>
    </message>
    <message>
        <source>Refusal No.</source>
        <translation>№ отказа</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Documents missing or faulty</source>
        <translation>Отсутствующие или ненадлежащие документы</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал обращения</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Начало обслуживания</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Документы сданы</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Waiting, min</source>
        <translation>Ожидание, мин</translation>
    </message>
    <message>
        <source>Service, min</source>
        <translation>Обслуживание, мин</translation>
    </message>
    <message>
        <source>Result, min</source>
        <translation>Результат, мин</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Превышение норматива</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>RegistersPage</name>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>The register could not be read: %1</source>
        <translation>Не удалось прочитать реестр: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>No contracts were signed in this period.</source>
        <translation>За этот период договоры не заключались.</translation>
    </message>
    <message>
        <source>No refusals were given in this period.</source>
        <translation>За этот период отказы не выдавались.</translation>
    </message>
    <message>
        <source>No services were started in this period.</source>
        <translation>За этот период обслуживание не начиналось.</translation>
    </message>
    <message>
        <source>Contracts (%1)</source>
        <translation>Договоры (%1)</translation>
    </message>
    <message>
        <source>Refusals (%1)</source>
        <translation>Отказы (%1)</translation>
    </message>
    <message>
        <source>Service times (%1)</source>
        <translation>Время обслуживания (%1)</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Экспорт реестра</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
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
        <source>Parent</source>
        <translation>Родитель</translation>
    </message>
    <message>
        <source>Parent&apos;s IIN</source>
        <translation>ИИН родителя</translation>
    </message>
    <message>
        <source>Direction No.</source>
        <translation>№ направления</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Attends from</source>
        <translation>Дата начала посещения</translation>
    </message>
    <message>
        <source>Documents owed</source>
        <translation>Документы, представляемые позднее</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Основания</translation>
    </message>
    <message>
        <source>Documents missing or faulty</source>
        <translation>Отсутствующие или ненадлежащие документы</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Причины</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал обращения</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <source>Over the limit</source>
        <translation>Превышение норматива</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Реестры</translation>
    </message>
    <message>
        <source>Contracts, refusals and service times for a period, to print or to export to a spreadsheet. Services over a time limit are marked red.</source>
        <translation>Договоры, отказы и время обслуживания за период — для печати или экспорта в электронную таблицу. Услуги с превышением норматива времени выделены красным.</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
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
        <source>Export &amp;CSV...</source>
        <translation>Экспорт в &amp;CSV...</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>не завершено</translation>
    </message>
    <message>
        <source>Waiting, min
(max %1)</source>
        <translation>Ожидание, мин
(не более %1)</translation>
    </message>
    <message>
        <source>Service, min
(max %1)</source>
        <translation>Обслуживание, мин
(не более %1)</translation>
    </message>
    <message>
        <source>Result, min
(max %1)</source>
        <translation>Результат, мин
(не более %1)</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Clerk</source>
        <translation>Сотрудник</translation>
    </message>
    <message>
        <source>Head of the kindergarten</source>
        <translation>Руководитель детского сада</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Администратор</translation>
    </message>
</context>
<context>
    <name>ServiceClock</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 из %3</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Ожидание</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Результат</translation>
    </message>
</context>
<context>
    <name>ServicePage</name>
    <message>
        <source>No direction with the number or child&apos;s IIN “%1”.</source>
        <translation>Направление с номером или ИИН ребенка «%1» не найдено.</translation>
    </message>
    <message>
        <source>Documents are accepted at the office on working days, %1–%2 (lunch %3–%4). The next acceptance: %5.</source>
        <translation>Документы принимаются в канцелярии в рабочие дни с %1 до %2 (перерыв на обед с %3 до %4). Ближайший прием: %5.</translation>
    </message>
    <message>
        <source>The service was not started: %1</source>
        <translation>Обслуживание не начато: %1</translation>
    </message>
    <message>
        <source>Registered for %1: a portal request outside office hours counts from the next working day (RULES 6.1).</source>
        <translation>Зарегистрировано на %1: запрос с портала, поступивший в нерабочее время, принимается следующим рабочим днем (RULES 6.1).</translation>
    </message>
    <message>
        <source>The checklist was not saved: %1</source>
        <translation>Результаты проверки документов не сохранены: %1</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Сохранено: %1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>Направление %1</translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation>%1, выдано %2</translation>
    </message>
    <message>
        <source>%1, IIN %2, born %3</source>
        <translation>%1, ИИН %2, дата рождения %3</translation>
    </message>
    <message>
        <source>%1, IIN %2</source>
        <translation>%1, ИИН %2</translation>
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
        <source>other language</source>
        <translation>другой язык</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>любой язык</translation>
    </message>
    <message>
        <source>%1 (%2, %3, %4)</source>
        <translation>%1 (%2, %3, %4)</translation>
    </message>
    <message>
        <source>admission from %1</source>
        <translation>прием с %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>до %1</translation>
    </message>
    <message numerus="yes">
        <source>valid until %1 — %n working day(s) left</source>
        <translation>
            <numerusform>действует до %1 — остался %n рабочий день</numerusform>
            <numerusform>действует до %1 — осталось %n рабочих дня</numerusform>
            <numerusform>действует до %1 — осталось %n рабочих дней</numerusform>
        </translation>
    </message>
    <message>
        <source>was valid until %1</source>
        <translation>действовало до %1</translation>
    </message>
    <message>
        <source>(extended once)</source>
        <translation>(продлено однократно)</translation>
    </message>
    <message>
        <source>%1: arrived %2 · documents taken from %3 · handed in %4 · result %5 · clerk %6</source>
        <translation>%1: прибытие %2 · прием документов с %3 · документы сданы %4 · результат %5 · сотрудник %6</translation>
    </message>
    <message>
        <source>The service has not started.</source>
        <translation>Обслуживание не начато.</translation>
    </message>
    <message>
        <source>over the limit</source>
        <translation>норматив превышен</translation>
    </message>
    <message>
        <source>running</source>
        <translation>идет</translation>
    </message>
    <message>
        <source>done</source>
        <translation>завершено</translation>
    </message>
    <message>
        <source>Contract No. %1 of %2 is recorded: the child is admitted, the direction is used.</source>
        <translation>Договор № %1 от %2 зарегистрирован: ребенок зачислен, направление использовано.</translation>
    </message>
    <message>
        <source>Refusal No. %1 of %2 is recorded (grounds %3): the direction is refused.</source>
        <translation>Отказ № %1 от %2 зарегистрирован (основания: %3): направление закрыто отказом.</translation>
    </message>
    <message>
        <source>This direction is %1: no service can start for it.</source>
        <translation>Направление в статусе «%1»: обслуживание по нему начать нельзя.</translation>
    </message>
    <message>
        <source>&amp;Reprint contract…</source>
        <translation>Повторная печать договор&amp;а…</translation>
    </message>
    <message>
        <source>&amp;Reprint refusal…</source>
        <translation>Повторная печать отказ&amp;а…</translation>
    </message>
    <message>
        <source>Enrollment</source>
        <translation>Зачисление</translation>
    </message>
    <message>
        <source>&amp;Direction or child&apos;s IIN:</source>
        <translation>&amp;Направление или ИИН ребенка:</translation>
    </message>
    <message>
        <source>type or scan</source>
        <translation>введите или отсканируйте</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Type or scan the number of the direction the parent brought, or the child&apos;s IIN, and press Enter.</source>
        <translation>Введите или отсканируйте номер направления, которое принес родитель, или ИИН ребенка и нажмите Enter.</translation>
    </message>
    <message>
        <source>Channe&amp;l:</source>
        <translation>&amp;Канал обращения:</translation>
    </message>
    <message>
        <source>Ta&amp;king documents</source>
        <translation>&amp;Прием документов</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>П&amp;ечать расписки…</translation>
    </message>
    <message>
        <source>Ref&amp;use…</source>
        <translation>Отка&amp;зать…</translation>
    </message>
    <message>
        <source>&amp;Admit…</source>
        <translation>Зачис&amp;лить…</translation>
    </message>
    <message>
        <source>Enabled when every required document is in order</source>
        <translation>Доступно, когда все необходимые документы в порядке</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Номер:</translation>
    </message>
    <message>
        <source>Child:</source>
        <translation>Ребенок:</translation>
    </message>
    <message>
        <source>Applicant:</source>
        <translation>Услугополучатель:</translation>
    </message>
    <message>
        <source>Address, phones:</source>
        <translation>Адрес, телефоны:</translation>
    </message>
    <message>
        <source>Group:</source>
        <translation>Группа:</translation>
    </message>
    <message>
        <source>Admission:</source>
        <translation>Порядок приема:</translation>
    </message>
    <message>
        <source>Validity:</source>
        <translation>Срок действия:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s details are not filled in yet (Settings): the direction cannot be checked against it, and no contract can be made.</source>
        <translation>Реквизиты этой дошкольной организации еще не заполнены (Настройки): направление невозможно сверить с ними, договор заключить нельзя.</translation>
    </message>
    <message numerus="yes">
        <source>limit %n min</source>
        <translation>
            <numerusform>норматив %n мин</numerusform>
            <numerusform>норматив %n мин</numerusform>
            <numerusform>норматив %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;tart service</source>
        <translation>Нача&amp;ть обслуживание</translation>
    </message>
    <message>
        <source>Docu&amp;ments handed in</source>
        <translation>Документы &amp;сданы</translation>
    </message>
    <message>
        <source>Rec&amp;eipt PDF…</source>
        <translation>Расп&amp;иска в PDF…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Обслуживание</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s details are not filled in yet: without its name, BIN, address and head no contract can be signed. Fill them in Settings, This kindergarten, before the first parent is served.</source>
        <translation>Реквизиты этой дошкольной организации еще не заполнены: без наименования, БИН, адреса и руководителя договор заключить нельзя. Заполните их на странице «Настройки», раздел «Эта дошкольная организация», до приема первого родителя.</translation>
    </message>
    <message>
        <source>Open Settin&amp;gs</source>
        <translation>Открыть настро&amp;йки</translation>
    </message>
</context>
<context>
    <name>ServiceSessions</name>
    <message>
        <source>Arrived</source>
        <translation>Прибытие</translation>
    </message>
    <message>
        <source>Service started</source>
        <translation>Начало обслуживания</translation>
    </message>
    <message>
        <source>Documents handed in</source>
        <translation>Документы сданы</translation>
    </message>
    <message>
        <source>Result issued</source>
        <translation>Результат выдан</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>в процессе</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>зачисление</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>отказ</translation>
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
    <message>
        <source>Checking the journal and every application, direction, contract, refusal and place...</source>
        <translation>Проверяются журнал и каждое заявление, направление, договор, отказ и место...</translation>
    </message>
    <message>
        <source>Nothing was changed behind the journal&apos;s back: %1.</source>
        <translation>Ничего не изменено в обход журнала: %1.</translation>
    </message>
    <message>
        <source>The store was changed outside the program:</source>
        <translation>Хранилище изменено вне программы:</translation>
    </message>
    <message>
        <source>Verif&amp;y</source>
        <translation>Пров&amp;ерить</translation>
    </message>
    <message>
        <source>Check that the journal&apos;s chain is whole and that no application, direction, contract, refusal or place was changed outside the program</source>
        <translation>Проверить, что цепочка журнала цела и ни одно заявление, направление, договор, отказ или место не изменены вне программы</translation>
    </message>
    <message>
        <source>Only the head or the administrator can change these settings. You can see them and choose your interface language.</source>
        <translation>Эти настройки может менять только руководитель или администратор. Вы можете их просматривать и выбирать язык интерфейса.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Create the administrator</source>
        <translation>Создание администратора</translation>
    </message>
    <message numerus="yes">
        <source>This desk has no users yet. Create the administrator&apos;s account: the administrator adds the other users in Settings. The password needs at least %n characters.</source>
        <translation>
            <numerusform>На этом рабочем месте ещё нет пользователей. Создайте учётную запись администратора: остальных пользователей администратор добавит в Настройках. Пароль — не менее %n символа.</numerusform>
            <numerusform>На этом рабочем месте ещё нет пользователей. Создайте учётную запись администратора: остальных пользователей администратор добавит в Настройках. Пароль — не менее %n символов.</numerusform>
            <numerusform>На этом рабочем месте ещё нет пользователей. Создайте учётную запись администратора: остальных пользователей администратор добавит в Настройках. Пароль — не менее %n символов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in with your login and password.</source>
        <translation>Войдите со своим логином и паролем.</translation>
    </message>
    <message>
        <source>The desk is locked</source>
        <translation>Рабочее место заблокировано</translation>
    </message>
    <message>
        <source>The desk was locked after a time without use. %1, type your password to go on, or sign out so that another person can sign in.</source>
        <translation>Рабочее место заблокировано, так как им какое-то время не пользовались. %1, введите пароль, чтобы продолжить, или выйдите, чтобы мог войти другой человек.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>ФИО:</translation>
    </message>
    <message>
        <source>Login:</source>
        <translation>Логин:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Пароль:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>Пароль ещё раз:</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Закрыть программу</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Эта учётная запись отключена. Обратитесь к администратору.</translation>
    </message>
    <message>
        <source>The login or the password is wrong. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: wait %n seconds before the next one.</source>
        <translation>
            <numerusform>Слишком много неудачных попыток: подождите %n секунду перед следующей.</numerusform>
            <numerusform>Слишком много неудачных попыток: подождите %n секунды перед следующей.</numerusform>
            <numerusform>Слишком много неудачных попыток: подождите %n секунд перед следующей.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StoreVerification</name>
    <message>
        <source>Application %1</source>
        <translation>Заявление %1</translation>
    </message>
    <message>
        <source>Direction %1</source>
        <translation>Направление %1</translation>
    </message>
    <message>
        <source>Service session %1</source>
        <translation>Сеанс обслуживания %1</translation>
    </message>
    <message>
        <source>Contract %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>Refusal %1</source>
        <translation>Отказ %1</translation>
    </message>
    <message>
        <source>Place %1</source>
        <translation>Место %1</translation>
    </message>
    <message>
        <source>which fields cannot be told</source>
        <translation>какие поля — неизвестно</translation>
    </message>
    <message>
        <source>%1 (%2) was changed outside the program: %3.</source>
        <translation>%1 (%2): запись изменена вне программы: %3.</translation>
    </message>
    <message>
        <source>%1 (%2) was written outside the program: it has no seal.</source>
        <translation>%1 (%2): запись сделана вне программы, у неё нет печати.</translation>
    </message>
    <message>
        <source>%1 (%2) had been changed outside the program before it was saved again: %3.</source>
        <translation>%1 (%2): запись была изменена вне программы до того, как её сохранили снова: %3.</translation>
    </message>
    <message>
        <source>intact (%1 entries, %2 rows checked)</source>
        <translation>целостность не нарушена (записей журнала: %1, проверено строк: %2)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>и ещё %1</translation>
    </message>
    <message>
        <source>The journal no longer holds entry %1 as the queue server acknowledged it: the desk&apos;s history was rewritten.</source>
        <translation>В журнале больше нет записи %1 в том виде, в каком её подтвердил сервер очереди: история рабочего места переписана.</translation>
    </message>
</context>
<context>
    <name>SyncError</name>
    <message>
        <source>No queue server is set: enter its address and the desk token in Settings.</source>
        <translation>Сервер очереди не задан: введите его адрес и токен рабочего места в разделе «Настройки».</translation>
    </message>
    <message>
        <source>The queue server cannot be reached: check the network and the server address. Work goes on offline.</source>
        <translation>Сервер очереди недоступен: проверьте сеть и адрес сервера. Работа продолжается без связи.</translation>
    </message>
    <message>
        <source>The secure connection to the queue server failed (certificate): tell the administrator.</source>
        <translation>Не удалось установить защищенное соединение с сервером очереди (сертификат): сообщите администратору.</translation>
    </message>
    <message>
        <source>The queue server did not answer in time. Work goes on offline; the desk will try again.</source>
        <translation>Сервер очереди не ответил вовремя. Работа продолжается без связи; рабочее место повторит попытку.</translation>
    </message>
    <message>
        <source>The queue server did not accept the desk token (wrong or revoked): ask the administrator for a new one.</source>
        <translation>Сервер очереди не принял токен рабочего места (неверный или отозванный): попросите у администратора новый.</translation>
    </message>
    <message>
        <source>The queue server is older than this program: the server must be updated.</source>
        <translation>Сервер очереди старше этой программы: сервер нужно обновить.</translation>
    </message>
    <message>
        <source>The queue server is newer than this program: update Qabyldau on this desk.</source>
        <translation>Сервер очереди новее этой программы: обновите Qabyldau на этом рабочем месте.</translation>
    </message>
    <message>
        <source>The queue server reported a problem; the desk will try again.</source>
        <translation>Сервер очереди сообщил о проблеме; рабочее место повторит попытку.</translation>
    </message>
    <message>
        <source>The queue server sent an answer this desk cannot read; nothing of it was saved.</source>
        <translation>Сервер очереди прислал ответ, который это рабочее место не может прочитать; из него ничего не сохранено.</translation>
    </message>
    <message>
        <source>The local store could not be written; nothing was lost on the server.</source>
        <translation>Не удалось записать в локальное хранилище; на сервере ничего не потеряно.</translation>
    </message>
</context>
<context>
    <name>SyncStatusBar</name>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Требует внимания (%1)</translation>
    </message>
    <message>
        <source>Commands the queue server refused: open the list to see why and what to do</source>
        <translation>Команды, отклоненные сервером очереди: откройте список, чтобы увидеть причину и что делать</translation>
    </message>
    <message>
        <source>Offline — no server set.</source>
        <translation>Нет связи — сервер не задан.</translation>
    </message>
    <message>
        <source>Settings → Connection</source>
        <translation>Настройки → Подключение к серверу очереди</translation>
    </message>
    <message>
        <source>This desk works on its own until a queue server and a desk token are saved.</source>
        <translation>Пока не сохранены сервер очереди и токен рабочего места, это рабочее место работает автономно.</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>На связи</translation>
    </message>
    <message>
        <source>received %1 of %2</source>
        <translation>получено %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
            <numerusform>осталось около %n мин</numerusform>
        </translation>
    </message>
    <message>
        <source>less than a minute left</source>
        <translation>осталось меньше минуты</translation>
    </message>
    <message numerus="yes">
        <source>%n command(s) waiting</source>
        <translation>
            <numerusform>%n команда ожидает отправки</numerusform>
            <numerusform>%n команды ожидают отправки</numerusform>
            <numerusform>%n команд ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>last sync %1</source>
        <translation>последняя синхронизация: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>синхронизации еще не было</translation>
    </message>
</context>
<context>
    <name>SyncStore</name>
    <message>
        <source>the server sent an unreadable queue row %1</source>
        <translation>сервер прислал нечитаемую строку очереди %1</translation>
    </message>
    <message>
        <source>the server sent an unreadable application %1: %2</source>
        <translation>сервер прислал нечитаемое заявление %1: %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable direction %1: %2</source>
        <translation>сервер прислал нечитаемое направление %1: %2</translation>
    </message>
    <message>
        <source>the server sent an unreadable place %1: %2</source>
        <translation>сервер прислал нечитаемое место %1: %2</translation>
    </message>
</context>
<context>
    <name>UsersSection</name>
    <message>
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <source>may sign in</source>
        <translation>может войти</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Включить</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Отключить</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Пользователи</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Sign-in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Add &amp;user…</source>
        <translation>&amp;Добавить пользователя…</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Роль:</translation>
    </message>
    <message>
        <source>Set &amp;role</source>
        <translation>Наз&amp;начить роль</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Сменить &amp;пароль…</translation>
    </message>
    <message>
        <source>Lock the desk after this many minutes without use:</source>
        <translation>Блокировать рабочее место после стольких минут бездействия:</translation>
    </message>
</context>
<context>
    <name>VacanciesPage</name>
    <message>
        <source>Kazakh</source>
        <translation>казахский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>other language</source>
        <translation>другой язык</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <source>freed on %1</source>
        <translation>освободилось %1</translation>
    </message>
    <message>
        <source>not yet freed</source>
        <translation>еще не освободилось</translation>
    </message>
    <message>
        <source>restricted days</source>
        <translation>дни посещения ограничены</translation>
    </message>
    <message>
        <source>days: %1</source>
        <translation>дни: %1</translation>
    </message>
    <message>
        <source>No local store is open.</source>
        <translation>Локальное хранилище не открыто.</translation>
    </message>
    <message>
        <source>The places could not be read: %1</source>
        <translation>Не удалось прочитать места: %1</translation>
    </message>
    <message>
        <source>not yet confirmed</source>
        <translation>еще не подтверждено</translation>
    </message>
    <message>
        <source>Waiting for the queue server: the change goes out with the next sync.</source>
        <translation>Ожидает сервера очереди: изменение уйдет при следующей синхронизации.</translation>
    </message>
    <message>
        <source>No places with this status. Choose &quot;All&quot; to see every place.</source>
        <translation>Мест с таким статусом нет. Выберите «Все», чтобы увидеть все места.</translation>
    </message>
    <message>
        <source>Places: %1</source>
        <translation>Мест: %1</translation>
    </message>
    <message>
        <source>Place published in group %1. It goes to the queue server with the next sync.</source>
        <translation>Место в группе %1 опубликовано. Оно уйдет на сервер очереди при следующей синхронизации.</translation>
    </message>
    <message>
        <source>Place in group %1 marked freed on %2.</source>
        <translation>Место в группе %1 отмечено освободившимся %2.</translation>
    </message>
    <message>
        <source>Not marked: %1</source>
        <translation>Не отмечено: %1</translation>
    </message>
    <message>
        <source>Place in group %1 withdrawn. It goes into today&apos;s bulletin of withdrawn places.</source>
        <translation>Место в группе %1 отозвано. Оно войдет в сегодняшний бюллетень отозванных мест.</translation>
    </message>
    <message>
        <source>Not withdrawn: %1</source>
        <translation>Не отозвано: %1</translation>
    </message>
    <message>
        <source>Place freed</source>
        <translation>Место освободилось</translation>
    </message>
    <message>
        <source>The place in group %1 was published for early booking. On which day was it actually freed? A direction to it starts counting from then.</source>
        <translation>Место в группе %1 опубликовано для раннего бронирования. В какой день оно фактически освободилось? Срок направления на него считается с этого дня.</translation>
    </message>
    <message>
        <source>&amp;Freed on:</source>
        <translation>&amp;Освободилось:</translation>
    </message>
    <message>
        <source>Withdraw the place</source>
        <translation>Отзыв места</translation>
    </message>
    <message>
        <source>Withdraw the place in group %1 (born %2 – %3)? It will no longer be given to anyone and goes into today&apos;s bulletin of withdrawn places.</source>
        <translation>Отозвать место в группе %1 (для родившихся %2 – %3)? Оно больше никому не будет предоставлено и войдет в сегодняшний бюллетень отозванных мест.</translation>
    </message>
    <message>
        <source>Bulletin</source>
        <translation>Бюллетень</translation>
    </message>
    <message>
        <source>The bulletin cannot be made: %1</source>
        <translation>Не удается сформировать бюллетень: %1</translation>
    </message>
    <message>
        <source>Vacancies</source>
        <translation>Вакантные места</translation>
    </message>
    <message>
        <source>This kindergarten&apos;s free places. Each published place goes to the queue system, which gives it to the first child in order; a place no direction holds can be withdrawn. Both go into the daily bulletins.</source>
        <translation>Свободные места этого детского сада. Каждое опубликованное место уходит в систему управления очередностью, которая предоставляет его первому ребенку в очереди; место, на которое нет направления, можно отозвать. И то и другое попадает в ежедневные бюллетени.</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>Пок&amp;азать:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Children born</source>
        <translation>Даты рождения</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Режим</translation>
    </message>
    <message>
        <source>Admission starts</source>
        <translation>Начало приема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>&amp;Bulletin:</source>
        <translation>&amp;Бюллетень:</translation>
    </message>
    <message>
        <source>freed places</source>
        <translation>освободившихся мест</translation>
    </message>
    <message>
        <source>withdrawn places</source>
        <translation>отозванных мест</translation>
    </message>
    <message>
        <source>f&amp;or day</source>
        <translation>за &amp;день</translation>
    </message>
    <message>
        <source>Day, month and year: DD.MM.YYYY</source>
        <translation>День, месяц и год: ДД.ММ.ГГГГ</translation>
    </message>
    <message>
        <source>Document &amp;language:</source>
        <translation>&amp;Язык документа:</translation>
    </message>
    <message>
        <source>No places published yet. Press &quot;Publish a place...&quot; when a place becomes free.</source>
        <translation>Пока не опубликовано ни одного места. Когда место освободится, нажмите «Опубликовать место...».</translation>
    </message>
    <message>
        <source>P&amp;ublish a place...</source>
        <translation>&amp;Опубликовать место...</translation>
    </message>
    <message>
        <source>&amp;Mark freed...</source>
        <translation>&amp;Место освободилось...</translation>
    </message>
    <message>
        <source>&amp;Withdraw...</source>
        <translation>Отозва&amp;ть...</translation>
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
        <source>refused by the queue server</source>
        <translation>отклонено сервером очереди</translation>
    </message>
    <message>
        <source>The queue server refused this change: see &quot;Needs attention&quot; in the status bar.</source>
        <translation>Сервер очереди отклонил это изменение: нажмите «Требует внимания» в строке состояния.</translation>
    </message>
    <message>
        <source>The bulletin&apos;s verification code was not recorded: %1</source>
        <translation>Код проверки бюллетеня не записан: %1</translation>
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
