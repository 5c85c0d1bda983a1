-- The spend ledger (issue 20). Every spend is an entry (amount, when, who, an optional note); a
-- mistaken one is reversed by a correction entry that names it, never by a negative amount. The
-- server applies each entry to its campaign in the same transaction (apply_campaign_spend), so two
-- marketers' spends add up instead of conflicting, and a campaign's spent is what the ledger says.
-- Entries are only ever added: no role may change or delete one.
create table public.campaign_spends (
    id uuid primary key default gen_random_uuid(),
    campaign_id uuid not null references public.campaigns (id),
    amount numeric(14, 2) not null check (amount > 0),
    reverses uuid unique references public.campaign_spends (id), -- one correction per spend
    note text check (char_length(note) <= 500 and note !~ '[\x01-\x1f\x7f]'),
    author_id uuid default auth.uid(),
    created_at timestamptz not null default now(),  -- when it was recorded (offline: before received)
    received_at timestamptz not null default now(),
    -- Set by apply_campaign_spend: the campaign as the entry found and left it, and the campaign
    -- row's versions around it (a console moves its queued campaign changes onto the new one).
    status_before text not null default 'active',
    status_after text not null default 'active',
    spent_after numeric(14, 2) not null default 0,
    campaign_updated_from timestamptz,
    campaign_updated_at timestamptz,
    updated_at timestamptz not null default clock_timestamp(),
    deleted_at timestamptz,
    last_mutation_id uuid,
    constraint campaign_spends_not_self check (reverses is distinct from id)
);
create index campaign_spends_campaign_idx on public.campaign_spends (campaign_id, created_at);
create index campaign_spends_updated_idx on public.campaign_spends (updated_at, id);

-- Applies an entry to its campaign, under the campaign's row lock (concurrent entries queue here).
-- A spend: only while active or paused; spent += amount; completed when spent reaches the budget.
-- A correction: of a spend of the same campaign, not itself a correction; spent -= its amount; if
-- that spend completed the campaign and it is still completed, the campaign returns to the status
-- the spend found (the added transition completed -> active/paused, docs/domain.md). The campaign
-- transition check is told through a transaction-local setting that this update is the ledger's.
create or replace function public.apply_campaign_spend()
returns trigger
language plpgsql
security definer
set search_path = ''
as $$
declare
    c public.campaigns%rowtype;
    s public.campaign_spends%rowtype;
    restore boolean := false;
begin
    if public.app_role() <> '' then
        new.author_id := auth.uid();
    end if;
    new.received_at := now();
    select * into c from public.campaigns where id = new.campaign_id for update;
    if not found then
        perform public.refuse_transition(format('Campaign %s does not exist', new.campaign_id), 'add_spend');
    end if;
    new.status_before := c.status;
    new.campaign_updated_from := c.updated_at;
    if new.reverses is null then
        if c.status not in ('active', 'paused') then
            perform public.refuse_transition(format('Campaign %s is %s: spend is recorded only while the campaign '
                                                    'is active or paused (rule add_spend)', c.id, c.status),
                                             'add_spend');
        end if;
        new.spent_after := c.spent + new.amount;
        new.status_after := case when new.spent_after >= c.budget then 'completed' else c.status end;
    else
        select * into s from public.campaign_spends where id = new.reverses;
        if not found or s.campaign_id <> new.campaign_id then
            perform public.refuse_transition(format('Spend entry %s is not a spend of campaign %s (rule '
                                                    'reverse_spend)', new.reverses, new.campaign_id),
                                             'reverse_spend');
        end if;
        if s.reverses is not null then
            perform public.refuse_transition(format('Spend entry %s is itself a correction (rule reverse_spend)',
                                                    s.id), 'reverse_spend');
        end if;
        new.amount := s.amount;
        new.spent_after := c.spent - s.amount;
        if new.spent_after < 0 then
            perform public.refuse_transition(format('Campaign %s has spent %s: a correction of %s would take it '
                                                    'below zero (rule reverse_spend)', c.id, c.spent, s.amount),
                                             'reverse_spend');
        end if;
        restore := s.status_after = 'completed' and s.status_before <> 'completed' and c.status = 'completed';
        new.status_after := case when restore then s.status_before else c.status end;
    end if;
    perform pg_catalog.set_config('leadops.ledger', 'on', true);
    update public.campaigns
    set spent = new.spent_after,
        status = new.status_after,
        completed_at = case when new.status_after = 'completed' and c.status <> 'completed' then now()
                            when restore then null
                            else completed_at end
    where id = c.id
    returning updated_at into new.campaign_updated_at;
    perform pg_catalog.set_config('leadops.ledger', '', true);
    return new;
end;
$$;

create trigger campaign_spends_apply before insert on public.campaign_spends
    for each row execute function public.apply_campaign_spend();

-- check_campaign_transition, restated: the ledger's own update passes (it applied the rules above);
-- any other change of spent by a console is refused, since spend goes through the ledger.
create or replace function public.check_campaign_transition()
returns trigger
language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        if public.app_role() <> '' and (new.status <> 'draft' or new.spent <> 0) then
            perform public.refuse_transition(format('Campaign %s cannot be created as %s with %s spent: a new '
                                                    'campaign starts as a draft with nothing spent', new.id,
                                                    new.status, new.spent), 'create');
        end if;
        return new;
    end if;
    if current_setting('leadops.ledger', true) = 'on' then
        return new;
    end if;
    if new.deleted_at is not null and old.deleted_at is null then
        return new;
    end if;
    if new.spent <> old.spent and public.app_role() <> '' then
        perform public.refuse_transition(format('Campaign %s: spent %s -> %s is not a ledger entry (rule add_spend: '
                                                'spend is recorded in the spend ledger, campaign_spends)', old.id,
                                                old.spent, new.spent), 'add_spend');
    end if;
    if new.spent < old.spent then
        perform public.refuse_transition(format('Campaign %s cannot un-spend: spent %s -> %s (rule add_spend: '
                                                'amounts are positive)', old.id, old.spent, new.spent), 'add_spend');
    end if;
    if new.spent > old.spent and old.status not in ('active', 'paused') then
        perform public.refuse_transition(format('Campaign %s is not active: status=%s (rule add_spend: only while '
                                                'active or paused)', old.id, old.status), 'add_spend');
    end if;
    if old.status = 'completed' and (new.status <> old.status or new.name <> old.name
                                     or new.budget <> old.budget) then
        perform public.refuse_transition(format('Campaign %s is completed: a completed campaign keeps its status, '
                                                'name and budget', old.id), 'edit');
    end if;
    if new.status = old.status then
        return new;
    end if;
    if old.status = 'draft' and new.status = 'active' then
        if new.budget <= 0 then
            perform public.refuse_transition(format('Campaign %s cannot be started: status=%s, budget=%s (rule '
                                                    'can_start: status must be draft and budget above 0)', old.id,
                                                    old.status, new.budget), 'can_start');
        end if;
        return new;
    elsif (old.status = 'active' and new.status = 'paused') or (old.status = 'paused' and new.status = 'active') then
        return new;
    elsif old.status in ('draft', 'active', 'paused') and new.status = 'completed' then
        return new;
    end if;
    perform public.refuse_transition(format('Campaign %s cannot move from %s to %s: the rules allow draft -> '
                                            'active <-> paused, and completed from any but completed', old.id,
                                            old.status, new.status), 'campaign_transition');
    return null;
end;
$$;

-- Every role reads the ledger; marketers add entries (their own: the trigger sets the author).
alter table public.campaign_spends enable row level security;
create policy campaign_spends_read on public.campaign_spends for select to authenticated
    using ((select public.app_role() in ('sales_manager', 'marketer', 'analyst')));
create policy campaign_spends_insert on public.campaign_spends for insert to authenticated
    with check ((select public.app_role() = 'marketer'));
grant select, insert on public.campaign_spends to authenticated;
grant all on public.campaign_spends to service_role;

notify pgrst, 'reload schema';
