/**
 * Conduct: misconduct under Order No. 31 (专业技术人员资格考试违纪违规行为处理规定, 人社部令第31号). The rules as data
 * (behaviour → article → sanction, versioned), exam-day incident reports by supervisors, cases taken through the
 * Art. 17 procedure to a written decision, appeals, and the integrity archive the decisions feed.
 */
package org.kaowu.conduct;
