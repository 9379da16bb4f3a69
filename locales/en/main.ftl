flow-main-title = Main menu
main-welcome =
    Welcome to Arbeitsmarktmentoren Sachsen!
    Our mentors help refugees and migrants in Saxony find an apprenticeship or a job. The help is free.
main-menu = What would you like to do?
main-menu-check = Can I take part?
main-menu-about = What is the program?
main-menu-contact = Contact a mentor
main-about =
    The labour market mentors support you on your way to an apprenticeship or a job.
    They help you look for work, write applications, go to offices and get your qualifications recognised. They stay with you after you start your job.
    The program runs in all of Saxony. The Free State of Saxony pays for it.
flow-human-title = Talk to a person
human-info = On the program's website you find the projects in your region: https://arbeitsmarktmentoren-sachsen.de/
flow-eligibility-title = Can I take part?
elig-intro = I will ask you a few short questions. Then you will know if the mentors can help you.
elig-lives-ask = Do you live in Saxony?
elig-out-not-saxony = The program is only for people who live in Saxony.
elig-out-target = You are in the target group.
