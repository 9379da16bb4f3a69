flow-mydata-title = My data
flow-delete-title = Delete data
privacy-mydata =
    This is what I have stored about you:
    { $answers }
    You also find all data in the file below.
privacy-mydata-file = Your data as a file (JSON)
privacy-mydata-end = With /delete you can delete everything.
privacy-delete-ask =
    Do you want to delete all your data?
    Your answers and contact details will be deleted. A referral to mentors will be withdrawn.
    This cannot be undone.
privacy-delete-yes = Yes, delete everything
privacy-delete-no = No, keep it
privacy-deleted = Done. Your data is deleted. If you write again, we start fresh.
privacy-delete-kept = All right, everything stays stored.
