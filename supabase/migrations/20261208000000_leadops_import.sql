-- Leads in and out (issue 19): imported lists, and their undo.
--
-- 1. No new lead comes into a completed campaign (its budget is spent, its figures are final): the
--    rule core/domain/Campaign::checkAcceptsLeads() mirrors, for one lead and for a whole file.
create or replace function public.check_lead_campaign()
returns trigger
language plpgsql
as $$
begin
    if public.app_role() <> '' and exists (
        select 1 from public.campaigns c where c.id = new.campaign_id and c.status = 'completed') then
        perform public.refuse_transition(format('Campaign %s is completed: it takes no new leads (lead %s)',
                                                new.campaign_id, new.id), 'campaign_leads');
    end if;
    return new;
end;
$$;
create trigger leads_campaign_check before insert on public.leads
    for each row execute function public.check_lead_campaign();

-- 2. An undone import removes its leads as tombstones (deleted_at). A contact is unique among the
--    leads that exist: the same file imported again after an undo is not refused by the removed
--    rows. The index keeps the constraint's name, which messages quote.
alter table public.leads drop constraint leads_campaign_contact_key;
create unique index leads_campaign_contact_key on public.leads (campaign_id, contact) where deleted_at is null;

-- 3. A removed lead takes its notes with it (tombstones too, so every console drops them), whoever
--    wrote them and however old: the note rule's 15 minutes are about correcting what was said,
--    not about the lead going away.
create or replace function public.remove_notes_of_removed_lead()
returns trigger
language plpgsql
security definer
set search_path = public
as $$
begin
    if new.deleted_at is not null and old.deleted_at is null then
        update public.lead_notes set deleted_at = new.deleted_at where lead_id = new.id and deleted_at is null;
    end if;
    return new;
end;
$$;
create trigger leads_remove_notes after update of deleted_at on public.leads
    for each row execute function public.remove_notes_of_removed_lead();

create or replace function public.check_lead_note_edit()
returns trigger
language plpgsql
as $$
begin
    if public.app_role() = '' then
        return new; -- the service role (an administrator) may repair history
    end if;
    if new.deleted_at is not null and old.deleted_at is null
       and exists (select 1 from public.leads l where l.id = new.lead_id and l.deleted_at is not null) then
        return new; -- the lead was removed: its notes go with it
    end if;
    if new.lead_id <> old.lead_id or new.author_id <> old.author_id or new.created_at <> old.created_at
       or new.received_at <> old.received_at then
        perform public.refuse_transition(format('Note %s keeps its lead, author and time', old.id), 'note_edit');
    end if;
    if old.author_id <> auth.uid() then
        perform public.refuse_transition(format('Note %s is another member''s: only its author edits it', old.id),
                                         'note_edit');
    end if;
    -- From receipt, not from the client's created_at: a clock can be wrong, and a note written
    -- offline is corrected once it is seen. (The console counts from writing: it is the stricter.)
    if now() - old.received_at > interval '15 minutes' then
        perform public.refuse_transition(format('Note %s is older than 15 minutes: it is history now', old.id),
                                         'note_edit');
    end if;
    return new;
end;
$$;

-- 4. A row's updated_at is the server's time on insert too, whatever the client sends. Console pushes
--    carry the time the row was made: a lead created offline at 10:00 and pushed at 14:00 (or made
--    on a computer whose clock is behind, or imported with a file's dates) kept 10:00, behind every
--    other console's watermark, and no other console ever pulled it. Updates were already stamped
--    (set_updated_at); the insert default did not apply because the column was given.
create trigger niches_inserted_at before insert on public.niches
    for each row execute function public.set_updated_at();
create trigger campaigns_inserted_at before insert on public.campaigns
    for each row execute function public.set_updated_at();
create trigger leads_inserted_at before insert on public.leads
    for each row execute function public.set_updated_at();
create trigger lead_notes_inserted_at before insert on public.lead_notes
    for each row execute function public.set_updated_at();

notify pgrst, 'reload schema';
