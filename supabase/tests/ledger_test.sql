-- pgTAP: the spend ledger applies each entry to its campaign by the rules of docs/domain.md (spend
-- completes at the budget; a correction takes its spend off and, if that spend completed the
-- campaign, returns it to the status it had), and no role edits a campaign's spent or an entry.
begin;
create extension if not exists pgtap;
select plan(17);

insert into public.niches (id, name, market, category, status, profitability_score, competition_density, validated_at)
values ('00000000-0000-7000-8000-00000000b001', 'ledger niche', 'almaty', 'tests', 'active', 0.8, 0.3, now());
insert into public.campaigns (id, niche_id, name, platform, budget, spent, status, started_at)
values ('00000000-0000-7000-8000-00000000b101', '00000000-0000-7000-8000-00000000b001', 'ledger campaign', 'olx',
        1000, 0, 'paused', now());

set local role authenticated;
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated","app_metadata":{"role":"marketer"}}';

insert into public.campaign_spends (id, campaign_id, amount, note)
values ('00000000-0000-7000-8000-00000000c001', '00000000-0000-7000-8000-00000000b101', 300, 'week 1');
select is((select spent from public.campaigns where id = '00000000-0000-7000-8000-00000000b101'), 300.00::numeric,
          'a spend adds to spent');
select is((select author_id from public.campaign_spends where id = '00000000-0000-7000-8000-00000000c001'),
          '00000000-0000-4000-8000-000000000002'::uuid, 'the author is who signed in');
insert into public.campaign_spends (id, campaign_id, amount)
values ('00000000-0000-7000-8000-00000000c002', '00000000-0000-7000-8000-00000000b101', 900);
select is((select status from public.campaigns where id = '00000000-0000-7000-8000-00000000b101'), 'completed',
          'the spend that reaches the budget completes the campaign');
select is((select status_before || '->' || status_after || ' ' || spent_after from public.campaign_spends
           where id = '00000000-0000-7000-8000-00000000c002'), 'paused->completed 1200.00',
          'the entry keeps what it found and left');
select throws_like($$insert into public.campaign_spends (campaign_id, amount) values ('00000000-0000-7000-8000-00000000b101', 5)$$,
                   '%only while the campaign is active or paused%', 'no spend into a completed campaign');
select throws_ok($$insert into public.campaign_spends (campaign_id, amount) values ('00000000-0000-7000-8000-00000000b101', -5)$$,
                 '23514', null, 'an amount is positive');

-- Reversing another entry: spent down, the campaign stays completed.
insert into public.campaign_spends (id, campaign_id, amount, reverses)
values ('00000000-0000-7000-8000-00000000c003', '00000000-0000-7000-8000-00000000b101', 1,
        '00000000-0000-7000-8000-00000000c001');
select is((select spent || ' ' || status from public.campaigns where id = '00000000-0000-7000-8000-00000000b101'),
          '900.00 completed', 'reversing a spend that did not complete it leaves the status');
select is((select amount from public.campaign_spends where id = '00000000-0000-7000-8000-00000000c003'),
          300.00::numeric, 'a correction carries the amount of its spend');
select throws_ok($$insert into public.campaign_spends (campaign_id, amount, reverses) values ('00000000-0000-7000-8000-00000000b101', 300, '00000000-0000-7000-8000-00000000c001')$$,
                 '23505', null, 'a spend is reversed once');
select throws_like($$insert into public.campaign_spends (campaign_id, amount, reverses) values ('00000000-0000-7000-8000-00000000b101', 300, '00000000-0000-7000-8000-00000000c003')$$,
                   '%itself a correction%', 'a correction is not reversed');

-- Reversing the entry that completed it: back to paused, completed_at cleared.
insert into public.campaign_spends (id, campaign_id, amount, reverses)
values ('00000000-0000-7000-8000-00000000c004', '00000000-0000-7000-8000-00000000b101', 900,
        '00000000-0000-7000-8000-00000000c002');
select is((select spent || ' ' || status || ' ' || (completed_at is null) from public.campaigns
           where id = '00000000-0000-7000-8000-00000000b101'), '0.00 paused true',
          'reversing the completing spend returns the campaign to the status it had');
select is((select count(*)::int from public.audit_log where entity_id = '00000000-0000-7000-8000-00000000b101'
           and from_status = 'completed' and to_status = 'paused'), 1, 'the history records the return');

select throws_like($$update public.campaigns set spent = 5 where id = '00000000-0000-7000-8000-00000000b101'$$,
                   '%spend ledger%', 'spent changes only through the ledger');
select throws_ok($$update public.campaign_spends set amount = 1 where id = '00000000-0000-7000-8000-00000000c001'$$,
                 '42501', null, 'an entry is never changed');
select throws_ok($$delete from public.campaign_spends where id = '00000000-0000-7000-8000-00000000c001'$$,
                 '42501', null, 'an entry is never deleted');

set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000003","role":"authenticated","app_metadata":{"role":"analyst"}}';
select throws_ok($$insert into public.campaign_spends (campaign_id, amount) values ('00000000-0000-7000-8000-00000000b101', 5)$$,
                 '42501', null, 'an analyst records no spend');
select is((select count(*)::int from public.campaign_spends where campaign_id = '00000000-0000-7000-8000-00000000b101'),
          4, 'every role reads the ledger');

select * from finish(true);
rollback;
