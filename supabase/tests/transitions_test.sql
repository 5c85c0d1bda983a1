-- pgTAP: the database refuses every transition the domain refuses (docs/domain.md), for a role
-- that may write the table, and allows each one the domain allows. Run by
-- `scripts/local-backend.sh dbtest DIR` (ctest: db_transitions) and by `supabase test db`.
begin;
create extension if not exists pgtap;

-- Every (from, to) pair of each entity, and whether the domain allows it.
create temp table lead_case (n serial, from_status text, to_status text, allowed boolean, id uuid default gen_random_uuid());
insert into lead_case (from_status, to_status, allowed)
select f, t, (f, t) in (('new', 'contacted'), ('contacted', 'qualifying'), ('qualifying', 'contacted'), ('contacted', 'qualified'),
                        ('qualified', 'closed'), ('new', 'disqualified'), ('contacted', 'disqualified'),
                        ('qualifying', 'disqualified'), ('qualified', 'disqualified'))
from unnest(array['new', 'contacted', 'qualifying', 'qualified', 'disqualified', 'closed']) f,
     unnest(array['new', 'contacted', 'qualifying', 'qualified', 'disqualified', 'closed']) t
where f <> t;

create temp table campaign_case (n serial, from_status text, to_status text, allowed boolean, id uuid default gen_random_uuid());
insert into campaign_case (from_status, to_status, allowed)
select f, t, (f, t) in (('draft', 'active'), ('active', 'paused'), ('paused', 'active'), ('draft', 'completed'),
                        ('active', 'completed'), ('paused', 'completed'))
from unnest(array['draft', 'active', 'paused', 'completed']) f,
     unnest(array['draft', 'active', 'paused', 'completed']) t
where f <> t;

create temp table niche_case (n serial, from_status text, to_status text, allowed boolean, id uuid default gen_random_uuid());
insert into niche_case (from_status, to_status, allowed)
select f, t, (f, t) in (('researching', 'validated'), ('paused', 'validated'), ('validated', 'active'),
                        ('active', 'paused'), ('researching', 'archived'), ('validated', 'archived'),
                        ('active', 'archived'), ('paused', 'archived'))
from unnest(array['researching', 'validated', 'active', 'paused', 'archived']) f,
     unnest(array['researching', 'validated', 'active', 'paused', 'archived']) t
where f <> t;

grant select on lead_case, campaign_case, niche_case to authenticated;

select plan((select count(*)::int from lead_case) + (select count(*)::int from campaign_case) +
            (select count(*)::int from niche_case) + 11);

-- Fixtures, written without an app role (as a seed is): any starting status, and every timestamp
-- set, so the CHECK constraints hold in every status and a refusal below comes from the trigger.
insert into public.niches (id, name, market, category, status, profitability_score, competition_density, validated_at)
values ('00000000-0000-7000-8000-00000000a001', 'pgTAP niche', 'almaty', 'tests', 'active', 0.8, 0.3, now());
insert into public.campaigns (id, niche_id, name, platform, budget, spent, status, started_at)
values ('00000000-0000-7000-8000-00000000a101', '00000000-0000-7000-8000-00000000a001', 'pgTAP campaign', 'olx',
        1000, 0, 'active', now());
insert into public.leads (id, campaign_id, source, contact, status, messages_count, disqualification_reason,
                          qualified_at, disqualified_at)
select id, '00000000-0000-7000-8000-00000000a101', 'olx', '+7701' || lpad(n::text, 7, '0'), from_status, 5,
       'pgTAP reason', now(), now()
from lead_case;
insert into public.campaigns (id, niche_id, name, platform, budget, spent, status, started_at, completed_at)
select id, '00000000-0000-7000-8000-00000000a001', 'case ' || n, 'kaspi', 1000, 10, from_status, now(), now()
from campaign_case;
insert into public.niches (id, name, market, category, status, profitability_score, competition_density, validated_at)
select id, 'case ' || n, 'astana', 'tests', from_status, 0.7, 0.2, now() from niche_case;

-- Leads, as a sales manager.
set local role authenticated;
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated","app_metadata":{"role":"sales_manager"}}';
select case when allowed
            then lives_ok(format('update public.leads set status = %L where id = %L', to_status, id),
                          format('lead %s -> %s is allowed', from_status, to_status))
            else throws_ok(format('update public.leads set status = %L where id = %L', to_status, id), '23514', null,
                           format('lead %s -> %s is refused', from_status, to_status))
       end
from lead_case order by n;
select throws_like(format('update public.leads set status = ''qualified'', messages_count = 5 where id = %L and messages_count = 5',
                          (select id from lead_case where from_status = 'contacted' and to_status = 'qualifying')),
                   '%cannot%', 'a lead that moved on is not qualified from where it is now');
reset role;
set local request.jwt.claims = '';
insert into public.leads (id, campaign_id, source, contact, status, messages_count, qualified_at, disqualified_at)
values ('00000000-0000-7000-8000-00000000b001', '00000000-0000-7000-8000-00000000a101', 'olx', '+77019990001',
        'contacted', 2, now(), now()),
       ('00000000-0000-7000-8000-00000000b002', '00000000-0000-7000-8000-00000000a101', 'olx', '+77019990002',
        'contacted', 4, now(), now()),
       ('00000000-0000-7000-8000-00000000b003', '00000000-0000-7000-8000-00000000a101', 'olx', '+77019990003',
        'closed', 4, now(), now());
set local role authenticated;
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000001","role":"authenticated","app_metadata":{"role":"sales_manager"}}';
select throws_like($$update public.leads set status = 'qualified' where id = '00000000-0000-7000-8000-00000000b001'$$,
                   '%rule can_qualify%', 'qualify needs 3 messages');
select throws_like($$update public.leads set status = 'disqualified', disqualification_reason = ' ' where id = '00000000-0000-7000-8000-00000000b002'$$,
                   '%without a reason%', 'disqualify needs a reason');
select throws_like($$update public.leads set messages_count = 3 where id = '00000000-0000-7000-8000-00000000b002'$$,
                   '%cannot lose messages%', 'messages are never taken back');
select throws_like($$update public.leads set messages_count = 9 where id = '00000000-0000-7000-8000-00000000b003'$$,
                   '%closed%', 'a closed lead does not change');
select throws_like($$insert into public.leads (campaign_id, source, contact, status) values ('00000000-0000-7000-8000-00000000a101', 'olx', '+77019990004', 'closed')$$,
                   '%starts as new%', 'a lead is created as new');

-- Campaigns and niches, as a marketer.
set local request.jwt.claims = '{"sub":"00000000-0000-4000-8000-000000000002","role":"authenticated","app_metadata":{"role":"marketer"}}';
select case when allowed
            then lives_ok(format('update public.campaigns set status = %L where id = %L', to_status, id),
                          format('campaign %s -> %s is allowed', from_status, to_status))
            else throws_ok(format('update public.campaigns set status = %L where id = %L', to_status, id), '23514',
                           null, format('campaign %s -> %s is refused', from_status, to_status))
       end
from campaign_case order by n;
select throws_like(format('update public.campaigns set spent = 5 where id = %L',
                          (select id from campaign_case where from_status = 'active' and to_status = 'paused')),
                   '%spend ledger%', 'spend goes through the ledger');
select throws_like(format('update public.campaigns set budget = 5000 where id = %L',
                          (select id from campaign_case where from_status = 'draft' and to_status = 'completed')),
                   '%completed%', 'a completed campaign keeps its budget');
select throws_like($$insert into public.campaigns (niche_id, name, platform, budget, status) values ('00000000-0000-7000-8000-00000000a001', 'x', 'olx', 10, 'active')$$,
                   '%starts as a draft%', 'a campaign is created as a draft');
select case when allowed
            then lives_ok(format('update public.niches set status = %L where id = %L', to_status, id),
                          format('niche %s -> %s is allowed', from_status, to_status))
            else throws_ok(format('update public.niches set status = %L where id = %L', to_status, id), '23514',
                           null, format('niche %s -> %s is refused', from_status, to_status))
       end
from niche_case order by n;
select throws_like($$update public.niches set status = 'active', profitability_score = 0.5 where id = (select id from niche_case where from_status = 'researching' and to_status = 'validated')$$,
                   '%can_activate%', 'activate needs profitability 0.6');
select throws_like($$insert into public.niches (name, market, category, status) values ('x', 'almaty', 'c', 'active')$$,
                   '%starts as researching%', 'a niche is created as researching');

select * from finish(true);
rollback;
