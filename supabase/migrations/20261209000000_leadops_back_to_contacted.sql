-- Back to contacted (issue 20): the seed's state machine lets a lead in qualifying only be
-- disqualified, so a manager could never qualify it. qualifying -> contacted is an added transition
-- (docs/domain.md); the console drops the provisional score on the way, which a status change may.
-- The rest of check_lead_transition is as in 20261206000000_leadops_transitions.sql.

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
    elsif old.status = 'qualifying' and new.status = 'contacted' then
        return new; -- back to contacted (added transition), to be qualified from there
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
                                            '-> qualifying (and back) or qualified -> closed, and disqualified '
                                            'from any but closed', old.id, old.status, new.status), 'lead_transition');
    return null;
end;
$$;
