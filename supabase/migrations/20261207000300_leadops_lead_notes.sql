-- What was said (issue 18): notes on a lead, written by sales managers. A note is not a change of
-- the lead: any sales manager may add one to any lead (a colleague's too: what the customer said
-- is worth keeping whoever heard it). Its author may correct or remove it for 15 minutes; after
-- that it is history, for everyone (the server counts from when it received the note). Removed notes are tombstones (deleted_at), as the other synced
-- rows are, so that every console drops them at its next sync.
create table public.lead_notes (
    id uuid primary key default gen_random_uuid(),
    lead_id uuid not null references public.leads (id),
    author_id uuid not null default auth.uid() references public.team_members (user_id),
    body text not null check (char_length(body) between 1 and 4000
                              and body !~ '[\x01-\x08\x0b\x0c\x0e-\x1f\x7f]'),
    created_at timestamptz not null default now(), -- when it was written (offline: earlier than received)
    received_at timestamptz not null default now(), -- when the server got it: the 15 minutes run from here
    updated_at timestamptz not null default now(),
    deleted_at timestamptz,
    last_mutation_id uuid
);
create index lead_notes_lead_idx on public.lead_notes (lead_id, created_at);
create index lead_notes_updated_idx on public.lead_notes (updated_at, id);

create trigger lead_notes_updated_at before update on public.lead_notes
    for each row execute function public.set_updated_at();

-- The 15 minutes and the author, whatever a client sends; the text of an old note never changes.
create or replace function public.check_lead_note_edit()
returns trigger
language plpgsql
as $$
begin
    if public.app_role() = '' then
        return new; -- the service role (an administrator) may repair history
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
create trigger lead_notes_edit_check before update on public.lead_notes
    for each row execute function public.check_lead_note_edit();

alter table public.lead_notes enable row level security;
create policy lead_notes_read on public.lead_notes for select to authenticated
    using ((select public.app_role() in ('sales_manager', 'marketer', 'analyst')));
create policy lead_notes_insert on public.lead_notes for insert to authenticated
    with check ((select public.app_role() = 'sales_manager') and author_id = (select auth.uid()));
create policy lead_notes_update on public.lead_notes for update to authenticated
    using ((select public.app_role() = 'sales_manager') and author_id = (select auth.uid()))
    with check ((select public.app_role() = 'sales_manager') and author_id = (select auth.uid()));
grant select, insert, update on public.lead_notes to authenticated;
grant all on public.lead_notes to service_role;

notify pgrst, 'reload schema';
