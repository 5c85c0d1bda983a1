-- LeadOps Console: niches, campaigns, leads, their audit history, the auto-disqualification RPC
-- and row-level security for the three app roles carried in the JWT (app_metadata.role).
-- Applies unchanged to a Supabase project (supabase db push) and to the local test backend
-- (scripts/local-backend.sh, after supabase/local/supabase_shim.sql).

-- The app role of the caller: 'sales_manager', 'marketer', 'analyst' or ''.
create or replace function public.app_role()
returns text
language sql
stable
set search_path = ''
as $$
  select coalesce(auth.jwt() -> 'app_metadata' ->> 'role', '')
$$;

create table public.niches (
    id uuid primary key default gen_random_uuid(),
    name text not null check (char_length(name) between 1 and 200),
    market text not null check (market in ('almaty', 'astana', 'shymkent')),
    category text not null check (char_length(category) between 1 and 100),
    status text not null default 'researching'
        check (status in ('researching', 'validated', 'active', 'paused', 'archived')),
    profitability_score double precision not null default 0 check (profitability_score between 0 and 1),
    competition_density double precision not null default 0 check (competition_density between 0 and 1),
    created_at timestamptz not null default now(),
    validated_at timestamptz,
    updated_at timestamptz not null default now(),
    -- can_activate: an active niche passed the thresholds
    constraint niches_active_thresholds
        check (status <> 'active' or (profitability_score >= 0.6 and competition_density < 0.8)),
    constraint niches_validated_at
        check (status in ('researching', 'archived') or validated_at is not null)
);

create table public.campaigns (
    id uuid primary key default gen_random_uuid(),
    niche_id uuid not null references public.niches (id) on delete restrict,
    name text not null check (char_length(name) between 1 and 200),
    platform text not null check (platform in ('olx', 'kaspi', 'satu', 'telegram')),
    budget numeric(14, 2) not null check (budget >= 0),
    spent numeric(14, 2) not null default 0 check (spent >= 0),
    status text not null default 'draft' check (status in ('draft', 'active', 'paused', 'completed')),
    created_at timestamptz not null default now(),
    started_at timestamptz,
    completed_at timestamptz,
    updated_at timestamptz not null default now(),
    -- can_start: only a campaign with a budget runs
    constraint campaigns_running_has_budget check (status not in ('active', 'paused') or budget > 0),
    constraint campaigns_started_at check (status not in ('active', 'paused') or started_at is not null),
    constraint campaigns_completed_at check (status <> 'completed' or completed_at is not null)
);

create table public.leads (
    id uuid primary key default gen_random_uuid(),
    campaign_id uuid not null references public.campaigns (id) on delete restrict,
    source text not null check (source in ('olx', 'kaspi', 'satu', 'telegram')),
    contact text not null check (char_length(contact) >= 5),
    status text not null default 'new'
        check (status in ('new', 'contacted', 'qualifying', 'qualified', 'disqualified', 'closed')),
    qualification_score double precision not null default 0 check (qualification_score between 0 and 1),
    messages_count integer not null default 0 check (messages_count >= 0),
    created_at timestamptz not null default now(),
    qualified_at timestamptz,
    disqualified_at timestamptz,
    disqualification_reason text check (char_length(disqualification_reason) <= 500),
    updated_at timestamptz not null default now(),
    -- can_qualify held when the lead was qualified: at least 3 messages, and the time is recorded
    constraint leads_qualified_rule
        check (status not in ('qualified', 'closed') or (qualified_at is not null and messages_count >= 3)),
    constraint leads_disqualified_rule
        check (status <> 'disqualified' or (disqualified_at is not null and disqualification_reason is not null)),
    -- a normalised contact is one person within a campaign
    constraint leads_campaign_contact_key unique (campaign_id, contact)
);

-- The console's filters and incremental sync (keyset on updated_at, id).
-- (…, created_at desc, id desc) matches the console's order exactly, so a page is an index range.
create index leads_status_created_idx on public.leads (status, created_at desc, id desc);
create index leads_campaign_created_idx on public.leads (campaign_id, created_at desc, id desc);
create index leads_source_created_idx on public.leads (source, created_at desc, id desc);
create index leads_created_idx on public.leads (created_at desc, id desc);
create index leads_updated_idx on public.leads (updated_at, id);
create index leads_auto_disqualify_idx on public.leads (messages_count, qualification_score)
    where status = 'qualifying';
create index campaigns_niche_idx on public.campaigns (niche_id);
create index campaigns_status_idx on public.campaigns (status);
create index campaigns_updated_idx on public.campaigns (updated_at, id);
create index niches_updated_idx on public.niches (updated_at, id);

-- updated_at follows every change, whoever makes it.
create or replace function public.set_updated_at()
returns trigger
language plpgsql
set search_path = ''
as $$
begin
    new.updated_at := clock_timestamp();
    return new;
end
$$;

create trigger niches_updated_at before update on public.niches
    for each row execute function public.set_updated_at();
create trigger campaigns_updated_at before update on public.campaigns
    for each row execute function public.set_updated_at();
create trigger leads_updated_at before update on public.leads
    for each row execute function public.set_updated_at();

-- The audit history: who changed which row when, from which status to which.
create table public.audit_log (
    id bigint generated always as identity primary key,
    entity text not null check (entity in ('lead', 'campaign', 'niche')),
    entity_id uuid not null,
    action text not null check (action in ('create', 'update', 'delete')),
    from_status text,
    to_status text,
    detail jsonb,
    actor uuid,
    actor_role text,
    at timestamptz not null default clock_timestamp()
);
create index audit_log_entity_idx on public.audit_log (entity_id, id);
create index audit_log_at_idx on public.audit_log (at, id);

create or replace function public.record_audit()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    kind text := tg_argv[0];
    detail jsonb;
begin
    if tg_op = 'INSERT' then
        insert into public.audit_log (entity, entity_id, action, to_status, actor, actor_role)
        values (kind, new.id, 'create', new.status, auth.uid(), public.app_role());
        return new;
    elsif tg_op = 'DELETE' then
        insert into public.audit_log (entity, entity_id, action, from_status, actor, actor_role)
        values (kind, old.id, 'delete', old.status, auth.uid(), public.app_role());
        return old;
    end if;
    -- UPDATE: the fields whose change matters to the history
    detail := jsonb_strip_nulls(jsonb_build_object(
        'status', case when new.status is distinct from old.status then new.status end,
        'reason', case when kind = 'lead' and new.status = 'disqualified' and old.status <> 'disqualified'
                       then to_jsonb(new) ->> 'disqualification_reason' end,
        'score', case when kind = 'lead' and (to_jsonb(new) -> 'qualification_score')
                           is distinct from (to_jsonb(old) -> 'qualification_score')
                      then to_jsonb(new) -> 'qualification_score' end,
        'messages_count', case when kind = 'lead' and (to_jsonb(new) -> 'messages_count')
                                   is distinct from (to_jsonb(old) -> 'messages_count')
                              then to_jsonb(new) -> 'messages_count' end,
        'spent', case when kind = 'campaign' and (to_jsonb(new) -> 'spent') is distinct from (to_jsonb(old) -> 'spent')
                      then to_jsonb(new) -> 'spent' end));
    if detail <> '{}'::jsonb then
        insert into public.audit_log (entity, entity_id, action, from_status, to_status, detail, actor, actor_role)
        values (kind, new.id, 'update', old.status, new.status, detail, auth.uid(), public.app_role());
    end if;
    return new;
end
$$;

create trigger niches_audit after insert or update or delete on public.niches
    for each row execute function public.record_audit('niche');
create trigger campaigns_audit after insert or update or delete on public.campaigns
    for each row execute function public.record_audit('campaign');
create trigger leads_audit after insert or update or delete on public.leads
    for each row execute function public.record_audit('lead');

-- should_auto_disqualify in SQL: qualifying, more than 10 messages, score below 0.3. Runs with the
-- caller's rights, so row-level security applies to it as to a plain select.
create or replace function public.get_auto_disqualify_leads()
returns setof public.leads
language sql
stable
security invoker
set search_path = ''
as $$
    select *
    from public.leads
    where status = 'qualifying' and messages_count > 10 and qualification_score < 0.3
    order by created_at, id
$$;

-- Row-level security: every app role reads; sales managers change leads; marketers change niches
-- and campaigns; analysts change nothing. A request without an app role sees nothing.
alter table public.niches enable row level security;
alter table public.campaigns enable row level security;
alter table public.leads enable row level security;
alter table public.audit_log enable row level security;

create policy niches_read on public.niches for select to authenticated
    using (public.app_role() in ('sales_manager', 'marketer', 'analyst'));
create policy niches_insert on public.niches for insert to authenticated
    with check (public.app_role() = 'marketer');
create policy niches_update on public.niches for update to authenticated
    using (public.app_role() = 'marketer') with check (public.app_role() = 'marketer');
create policy niches_delete on public.niches for delete to authenticated
    using (public.app_role() = 'marketer');

create policy campaigns_read on public.campaigns for select to authenticated
    using (public.app_role() in ('sales_manager', 'marketer', 'analyst'));
create policy campaigns_insert on public.campaigns for insert to authenticated
    with check (public.app_role() = 'marketer');
create policy campaigns_update on public.campaigns for update to authenticated
    using (public.app_role() = 'marketer') with check (public.app_role() = 'marketer');
create policy campaigns_delete on public.campaigns for delete to authenticated
    using (public.app_role() = 'marketer');

create policy leads_read on public.leads for select to authenticated
    using (public.app_role() in ('sales_manager', 'marketer', 'analyst'));
create policy leads_insert on public.leads for insert to authenticated
    with check (public.app_role() = 'sales_manager');
create policy leads_update on public.leads for update to authenticated
    using (public.app_role() = 'sales_manager') with check (public.app_role() = 'sales_manager');
create policy leads_delete on public.leads for delete to authenticated
    using (public.app_role() = 'sales_manager');

create policy audit_log_read on public.audit_log for select to authenticated
    using (public.app_role() in ('sales_manager', 'marketer', 'analyst'));

grant usage on schema public to anon, authenticated, service_role;
grant select, insert, update, delete on public.niches, public.campaigns, public.leads to authenticated;
grant select on public.audit_log to authenticated;
grant all on public.niches, public.campaigns, public.leads, public.audit_log to service_role;
revoke execute on function public.get_auto_disqualify_leads() from public, anon;
grant execute on function public.get_auto_disqualify_leads() to authenticated, service_role;
grant execute on function public.app_role() to anon, authenticated, service_role;
