-- The domain's transitions, enforced by the database (issue 15): no client, not even one that
-- speaks REST directly with a valid token, can move a row along a path the console refuses, e.g.
-- a closed lead back to new. The messages name the rule the way core/domain does (docs/domain.md).
-- Raised as check_violation (23514): PostgREST answers 400 with the message, and the console keeps
-- the change as refused with that reason. Rows written without an app role (the seed, migrations,
-- the service role) are not checked on insert, so a project can be loaded with history.

create or replace function public.refuse_transition(message text, rule text)
returns void
language plpgsql
as $$
begin
    raise exception using errcode = 'check_violation', message = message, hint = 'rule ' || rule;
end;
$$;

create or replace function public.check_lead_transition()
returns trigger
language plpgsql
as $$
declare
    moved boolean;
begin
    if tg_op = 'INSERT' then
        if public.app_role() <> '' and new.status <> 'new' then
            perform public.refuse_transition(format('Lead %s cannot be created as %s: a new lead starts as new',
                                                    new.id, new.status), 'create');
        end if;
        return new;
    end if;
    if new.deleted_at is not null and old.deleted_at is null then
        return new; -- a soft delete keeps the status it had
    end if;
    moved := new.status is distinct from old.status;
    if old.status in ('disqualified', 'closed') and (moved or new.messages_count <> old.messages_count
                                                      or new.qualification_score <> old.qualification_score) then
        perform public.refuse_transition(format('Lead %s is %s: a %s lead does not change (status=%s)', old.id,
                                                old.status, old.status, new.status), 'final');
    end if;
    if new.messages_count < old.messages_count then
        perform public.refuse_transition(format('Lead %s cannot lose messages: %s -> %s', old.id,
                                                old.messages_count, new.messages_count), 'record_message');
    end if;
    if new.messages_count > old.messages_count and old.status not in ('new', 'contacted', 'qualifying') then
        perform public.refuse_transition(format('Lead %s cannot record a message: status=%s (rule record_message: '
                                                'status must be new, contacted or qualifying)', old.id, old.status),
                                         'record_message');
    end if;
    if not moved then
        if new.qualification_score <> old.qualification_score and old.status <> 'qualifying' then
            perform public.refuse_transition(format('Lead %s cannot be scored: status=%s (rule assess_score: status '
                                                    'must be qualifying)', old.id, old.status), 'assess_score');
        end if;
        return new;
    end if;
    if old.status = 'new' and new.status = 'contacted' then
        return new;
    elsif old.status = 'contacted' and new.status = 'qualifying' then
        return new;
    elsif old.status = 'contacted' and new.status = 'qualified' then
        if old.messages_count < 3 then
            perform public.refuse_transition(format('Lead %s cannot be qualified: status=%s, messages=%s (rule '
                                                    'can_qualify: status must be contacted and messages at least 3)',
                                                    old.id, old.status, old.messages_count), 'can_qualify');
        end if;
        return new;
    elsif old.status = 'qualified' and new.status = 'closed' then
        return new;
    elsif old.status in ('new', 'contacted', 'qualifying', 'qualified') and new.status = 'disqualified' then
        if coalesce(btrim(new.disqualification_reason), '') = '' then
            perform public.refuse_transition(format('Lead %s cannot be disqualified without a reason', old.id),
                                             'disqualify');
        end if;
        return new;
    end if;
    perform public.refuse_transition(format('Lead %s cannot move from %s to %s: the rules allow new -> contacted '
                                            '-> qualifying or qualified -> closed, and disqualified from any but '
                                            'closed', old.id, old.status, new.status), 'lead_transition');
    return null;
end;
$$;

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
    if new.deleted_at is not null and old.deleted_at is null then
        return new;
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

create or replace function public.check_niche_transition()
returns trigger
language plpgsql
as $$
begin
    if tg_op = 'INSERT' then
        if public.app_role() <> '' and new.status <> 'researching' then
            perform public.refuse_transition(format('Niche %s cannot be created as %s: a new niche starts as '
                                                    'researching', new.id, new.status), 'create');
        end if;
        return new;
    end if;
    if new.deleted_at is not null and old.deleted_at is null then
        return new;
    end if;
    if old.status = 'archived' and (new.status <> old.status or new.name <> old.name
                                    or new.category <> old.category) then
        perform public.refuse_transition(format('Niche %s is archived: an archived niche keeps its status, name '
                                                'and category', old.id), 'archive');
    end if;
    if new.status = old.status and new.status <> 'validated' then
        if new.profitability_score <> old.profitability_score
           or new.competition_density <> old.competition_density then
            perform public.refuse_transition(format('Niche %s cannot change its scores while %s (rule validate)',
                                                    old.id, old.status), 'validate');
        end if;
        return new;
    end if;
    if old.status in ('researching', 'validated', 'paused') and new.status = 'validated' then
        return new;
    elsif old.status = 'validated' and new.status = 'active' then
        if not (new.profitability_score >= 0.6 and new.competition_density < 0.8) then
            perform public.refuse_transition(format('Niche %s cannot be activated: score=%s, competition=%s (rule '
                                                    'can_activate: validated, profitability at least 0.6, '
                                                    'competition below 0.8)', old.id, new.profitability_score,
                                                    new.competition_density), 'can_activate');
        end if;
        return new;
    elsif old.status = 'active' and new.status = 'paused' then
        return new;
    elsif old.status in ('researching', 'validated', 'active', 'paused') and new.status = 'archived' then
        return new;
    end if;
    perform public.refuse_transition(format('Niche %s cannot move from %s to %s: the rules allow researching -> '
                                            'validated -> active -> paused -> validated, and archived from any',
                                            old.id, old.status, new.status), 'niche_transition');
    return null;
end;
$$;

-- "a_" sorts them before the updated_at and audit triggers: a refused change is never stamped or
-- recorded.
create trigger a_leads_transition before insert or update on public.leads
    for each row execute function public.check_lead_transition();
create trigger a_campaigns_transition before insert or update on public.campaigns
    for each row execute function public.check_campaign_transition();
create trigger a_niches_transition before insert or update on public.niches
    for each row execute function public.check_niche_transition();
