package cn.zhaoshang.desk.policy.ui;

import cn.zhaoshang.desk.policy.Incentive;
import cn.zhaoshang.desk.policy.IncentiveService;
import cn.zhaoshang.desk.policy.Policy;
import cn.zhaoshang.desk.policy.PolicyAttachment;
import cn.zhaoshang.desk.policy.PolicyService;
import java.util.List;
import java.util.UUID;

/** What a policy's detail shows, read together off the UI thread. */
record PolicyDetail(Policy policy, List<Policy> versions, List<PolicyAttachment> attachments, List<Incentive> promises) {
    static PolicyDetail load(PolicyService policies, IncentiveService incentives, UUID policyId) {
        Policy p = policies.get(policyId);
        return new PolicyDetail(p, policies.versions(p.policyKey()), policies.attachments(p.id()),
                incentives.underPolicy(p.policyKey()));
    }
}
