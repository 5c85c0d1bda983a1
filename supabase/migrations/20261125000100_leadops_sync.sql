-- Offline sync support: soft deletes (a tombstone the console pulls), and the id of the last
-- client mutation applied to each row, which makes a retried push idempotent: a push whose
-- precondition fails but whose mutation id is already on the row was applied before.
alter table public.niches add column deleted_at timestamptz, add column last_mutation_id uuid;
alter table public.campaigns add column deleted_at timestamptz, add column last_mutation_id uuid;
alter table public.leads add column deleted_at timestamptz, add column last_mutation_id uuid;

-- A soft delete is an update (updated_at moves, so incremental sync sees it).
create index niches_deleted_idx on public.niches (deleted_at) where deleted_at is not null;
create index campaigns_deleted_idx on public.campaigns (deleted_at) where deleted_at is not null;
create index leads_deleted_idx on public.leads (deleted_at) where deleted_at is not null;
