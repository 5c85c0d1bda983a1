-- The leads as the console pulls them: each row's columns as one JSON array in a fixed order,
-- beside the columns a pull filters and orders by (id, created_at, updated_at). Through /leads
-- every row repeats its 17 keys: about 500 bytes a row, of which the keys are 200, and most of
-- the rest PostgreSQL's json_agg of the row objects (docs/backend.md, "Sync"). The same page as
-- arrays is about 200 bytes a row and costs the server less to build and send.
--
-- The order of the array is version 1 of this contract, which the console reads by position
-- (core/sync/ServerRowWriter.cpp, leadRowsV1Fields): it never changes. A new column, or a new
-- order, is a new view (lead_rows_v2) beside this one, so that consoles already installed keep
-- reading the version they know. A console that finds no such view pulls /leads as before.
--
-- security_invoker: the view reads leads with the rights and row-level security of the user who
-- asks, exactly as /leads does; without it a view runs as its owner and bypasses RLS.
create view public.lead_rows_v1 with (security_invoker = true) as
    select id,
           created_at,
           updated_at,
           json_build_array(id, campaign_id, source, contact, status, qualification_score, messages_count,
                            created_at, qualified_at, disqualified_at, disqualification_reason, updated_at,
                            deleted_at, display_name, owner_id, next_follow_up_at, follow_up_note) as r
    from public.leads;

comment on view public.lead_rows_v1 is
    'LeadOps Console pulls: r holds id, campaign_id, source, contact, status, qualification_score, '
    'messages_count, created_at, qualified_at, disqualified_at, disqualification_reason, updated_at, '
    'deleted_at, display_name, owner_id, next_follow_up_at, follow_up_note, in that order (version 1).';

revoke all on public.lead_rows_v1 from public, anon;
grant select on public.lead_rows_v1 to authenticated, service_role;
