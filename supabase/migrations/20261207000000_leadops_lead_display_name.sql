-- A lead's optional name (issue 18): the person or the company behind the contact, shown beside
-- it and matched by search. A label, not a step of the funnel: it may change in any status, and
-- whoever may change the lead (RLS: sales managers) may name it. Same limits as the console's
-- (Lead::kMaxDisplayNameLength, no control characters); NULL is "no name".
alter table public.leads
    add column display_name text
        constraint leads_display_name_check
        check (display_name is null
               or (char_length(display_name) between 1 and 200
                   and display_name = btrim(display_name)
                   and display_name !~ '[[:cntrl:]]'));

notify pgrst, 'reload schema';
