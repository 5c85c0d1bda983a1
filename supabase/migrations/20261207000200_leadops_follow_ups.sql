-- When to call a lead back (issue 18): the next follow-up and what it is about. Only an open lead
-- (new, contacted, qualifying) waits for one: qualifying, disqualifying or closing a lead clears it
-- (the console does, in the same change), and this check refuses a finished lead that keeps one.
-- A time in the past is the console's rule (a follow-up is now or later): the server does not
-- know the caller's clock.
alter table public.leads
    add column next_follow_up_at timestamptz,
    add column follow_up_note text
        constraint leads_follow_up_note_check
        check (follow_up_note is null
               or (char_length(follow_up_note) between 1 and 500 and follow_up_note !~ '[[:cntrl:]]')),
    add constraint leads_follow_up_open_check
        check (next_follow_up_at is null or status in ('new', 'contacted', 'qualifying')),
    add constraint leads_follow_up_note_needs_time_check
        check (follow_up_note is null or next_follow_up_at is not null);

create index leads_follow_up_idx on public.leads (next_follow_up_at) where next_follow_up_at is not null;

notify pgrst, 'reload schema';
