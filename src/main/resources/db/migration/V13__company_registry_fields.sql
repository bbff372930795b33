-- What registry exports (企查查, 天眼查, 启信宝, 爱企查) say about a company beyond the basics, kept as
-- fields so that a newer export can refresh them (issue 18; decision 0100). Registry fields are
-- overwritten by a refresh; the office's own fields (pursuit status, owner team, notes) are not.
alter table company add column registration_status varchar(20);  -- ACTIVE, MOVED_OUT, CANCELLED, REVOKED, LIQUIDATING, SUSPENDED
alter table company add column company_type varchar(100);        -- 企业类型, as the registry writes it
alter table company add column insured_count integer;            -- 参保人数
alter table company add column business_scope varchar(4000);     -- 经营范围
alter table company add column paid_in_capital numeric(18,4);    -- 实缴资本, 万元
-- Capital in another currency ("1000万美元") is kept as written, never converted: registered_capital
-- (万元 人民币) stays empty and these two hold the amount in 万 of that currency.
alter table company add column capital_currency varchar(3);      -- ISO 4217, null for 人民币
alter table company add column foreign_capital numeric(18,4);
alter table company add column phones varchar(300);              -- the company's public numbers, "a; b"
alter table company add column emails varchar(300);
