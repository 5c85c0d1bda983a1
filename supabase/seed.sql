-- A small realistic data set for a fresh project (supabase db reset loads it after the
-- migrations). Fixed ids so that documentation and scripts can refer to them.
insert into public.niches (id, name, market, category, status, profitability_score, competition_density, validated_at)
values
    ('0193a000-0000-7000-8000-000000000001', 'Установка кондиционеров', 'almaty', 'Климатическая техника', 'active', 0.78, 0.55, now() - interval '90 days'),
    ('0193a000-0000-7000-8000-000000000002', 'Курсы английского языка', 'astana', 'Образование', 'active', 0.69, 0.48, now() - interval '80 days'),
    ('0193a000-0000-7000-8000-000000000003', 'Аренда автомобилей', 'astana', 'Транспорт', 'validated', 0.64, 0.79, now() - interval '20 days'),
    ('0193a000-0000-7000-8000-000000000004', 'Свадебная фотосъёмка', 'shymkent', 'Мероприятия', 'validated', 0.52, 0.66, now() - interval '15 days'),
    ('0193a000-0000-7000-8000-000000000005', 'Фитнес-клубы', 'shymkent', 'Спорт', 'researching', 0, 0, null);

insert into public.campaigns (id, niche_id, name, platform, budget, spent, status, started_at, completed_at)
values
    ('0193a000-0000-7000-8000-000000000101', '0193a000-0000-7000-8000-000000000001', 'Установка кондиционеров — OLX', 'olx', 1500000, 640000.50, 'active', now() - interval '60 days', null),
    ('0193a000-0000-7000-8000-000000000102', '0193a000-0000-7000-8000-000000000001', 'Установка кондиционеров — Kaspi', 'kaspi', 800000, 776000, 'paused', now() - interval '55 days', null),
    ('0193a000-0000-7000-8000-000000000103', '0193a000-0000-7000-8000-000000000002', 'Курсы английского — Telegram', 'telegram', 600000, 600000, 'completed', now() - interval '70 days', now() - interval '10 days'),
    ('0193a000-0000-7000-8000-000000000104', '0193a000-0000-7000-8000-000000000003', 'Аренда авто — Satu', 'satu', 400000, 0, 'draft', null, null);

insert into public.leads (campaign_id, source, contact, status, qualification_score, messages_count, created_at, qualified_at, disqualified_at, disqualification_reason)
values
    ('0193a000-0000-7000-8000-000000000101', 'olx', '+77011234567', 'new', 0, 0, now() - interval '2 hours', null, null, null),
    ('0193a000-0000-7000-8000-000000000101', 'olx', '+77051112233', 'contacted', 0, 4, now() - interval '3 days', null, null, null),
    ('0193a000-0000-7000-8000-000000000101', 'olx', '@almaty_cool', 'qualifying', 0.62, 7, now() - interval '6 days', null, null, null),
    ('0193a000-0000-7000-8000-000000000101', 'kaspi', '@stale_buyer', 'qualifying', 0.12, 14, now() - interval '12 days', null, null, null),
    ('0193a000-0000-7000-8000-000000000102', 'kaspi', 'aigerim.n@mail.kz', 'qualified', 0.88, 6, now() - interval '20 days', now() - interval '15 days', null, null),
    ('0193a000-0000-7000-8000-000000000102', 'kaspi', '+77771234500', 'closed', 0.91, 9, now() - interval '30 days', now() - interval '25 days', null, null),
    ('0193a000-0000-7000-8000-000000000103', 'telegram', '@english_fan', 'disqualified', 0.1, 2, now() - interval '40 days', null, now() - interval '35 days', 'Нет бюджета'),
    ('0193a000-0000-7000-8000-000000000103', 'telegram', '+79165551234', 'disqualified', 0.2, 12, now() - interval '45 days', null, now() - interval '38 days', 'Auto-disqualified: low engagement');
