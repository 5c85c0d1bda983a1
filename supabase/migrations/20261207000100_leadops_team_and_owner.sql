-- The team and who owns a lead (issue 18).
--
-- team_members: one row per Auth user who works in the project, readable by every role (the
-- console shows names, never ids). A member registers themselves: register_member() upserts the
-- caller's row from their token (id, e-mail, app role), so nobody can write another's row or
-- choose their own role. `active` is the administrator's (service role, SQL editor): a member who
-- left is set inactive, never deleted, so their name stays on the history and their leads.
--
-- leads.owner_id: empty is unassigned. The rule (docs/roles.md, the console applies the same):
-- a sales manager may change a lead that is unassigned, theirs, or whose owner is no longer
-- active; such a lead may be assigned to any active sales manager (taken, handed over, or put
-- back). Someone else's lead is theirs to hand over: nobody takes it from an active colleague.
create table public.team_members (
    user_id uuid primary key,
    email text not null,
    display_name text not null check (char_length(display_name) between 1 and 200
                                      and display_name !~ '[[:cntrl:]]'),
    role text not null check (role in ('sales_manager', 'marketer', 'analyst')),
    active boolean not null default true,
    updated_at timestamptz not null default now()
);

alter table public.team_members enable row level security;
create policy team_members_read on public.team_members for select to authenticated
    using ((select public.app_role() in ('sales_manager', 'marketer', 'analyst')));
grant select on public.team_members to authenticated;
grant all on public.team_members to service_role;

-- The caller's own row: e-mail and role from the token; the name they give (kept when omitted).
create or replace function public.register_member(display_name text default null)
returns public.team_members
language plpgsql
security definer
set search_path = ''
as $$
declare
    me public.team_members;
    name text := nullif(btrim(display_name), '');
begin
    if auth.uid() is null or public.app_role() = '' then
        raise exception using errcode = 'insufficient_privilege',
            message = 'Only a signed-in member with a role can register';
    end if;
    insert into public.team_members as m (user_id, email, display_name, role)
    values (auth.uid(), coalesce(auth.jwt() ->> 'email', ''),
            coalesce(name, split_part(coalesce(auth.jwt() ->> 'email', ''), '@', 1), 'member'),
            public.app_role())
    on conflict (user_id) do update
        set email = excluded.email,
            role = excluded.role,
            display_name = coalesce(name, m.display_name),
            updated_at = case when (m.email, m.role, m.display_name)
                                   is distinct from (excluded.email, excluded.role, coalesce(name, m.display_name))
                              then now() else m.updated_at end
    returning * into me;
    return me;
end;
$$;
revoke all on function public.register_member(text) from public;
grant execute on function public.register_member(text) to authenticated;

-- True when the user is an active member; false for an inactive or unknown one.
create or replace function public.member_active(member uuid)
returns boolean
language sql
stable
security definer
set search_path = ''
as $$
  select coalesce((select active from public.team_members where user_id = member), false)
$$;
grant execute on function public.member_active(uuid) to authenticated, service_role;

alter table public.leads add column owner_id uuid references public.team_members (user_id);
create index leads_owner_idx on public.leads (owner_id) where owner_id is not null;

-- Assigning is to an active sales manager only (checked for app roles; the service role may load
-- history as it is).
create or replace function public.check_lead_owner()
returns trigger
language plpgsql
as $$
begin
    if public.app_role() <> '' and new.owner_id is not null
       and (tg_op = 'INSERT' or new.owner_id is distinct from old.owner_id)
       and not exists (select 1 from public.team_members
                       where user_id = new.owner_id and active and role = 'sales_manager') then
        perform public.refuse_transition(
            format('Lead %s cannot be assigned to %s: only an active sales manager of the team owns leads',
                   new.id, new.owner_id), 'assign');
    end if;
    return new;
end;
$$;
create trigger leads_owner_check before insert or update of owner_id on public.leads
    for each row execute function public.check_lead_owner();

alter policy leads_update on public.leads
    using ((select public.app_role() = 'sales_manager')
           and (owner_id is null or owner_id = (select auth.uid()) or not public.member_active(owner_id)))
    with check ((select public.app_role() = 'sales_manager'));
alter policy leads_insert on public.leads
    with check ((select public.app_role() = 'sales_manager')
                and (owner_id is null or owner_id = (select auth.uid())));

notify pgrst, 'reload schema';
